/** Cookies as the app shows and edits them, and cookies.json, the jars kept per environment. */
import { z } from 'zod';
import type { VersionedFormat } from '../saved/versioned-file';

export { NO_ENVIRONMENT_JAR } from './cookie-jar-names';

export type SameSite = 'strict' | 'lax' | 'none' | 'unset';

/** One stored cookie, as the cookie viewer lists it. */
export interface CookieView {
  readonly name: string;
  readonly value: string;
  /** Without a leading dot; `hostOnly` says whether sub-domains get it too. */
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly path: string;
  /** ISO time; absent for a session cookie (kept until the jar is cleared). */
  readonly expires?: string;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
}

const jarId = z.string().min(1).max(100);
const cookieName = z.string().min(1).max(4096);

/** A cookie added or changed by hand in the viewer. */
export const cookieInputSchema = z.object({
  name: cookieName,
  value: z.string().max(16_384),
  domain: z.string().min(1).max(253),
  hostOnly: z.boolean(),
  path: z.string().min(1).max(4096),
  expires: z.string().max(64).optional(),
  secure: z.boolean(),
  httpOnly: z.boolean(),
  sameSite: z.enum(['strict', 'lax', 'none', 'unset']),
});

export const cookiesListInput = z.object({ jar: jarId });
/** Sets one cookie; `replacing` names the cookie it replaces when the name, domain or path was edited. */
export const cookiesSetInput = z.object({ jar: jarId, cookie: cookieInputSchema, replacing: z.object({ name: cookieName, domain: z.string().max(253), path: z.string().max(4096) }).optional() });
export const cookiesDeleteInput = z.object({ jar: jarId, name: cookieName, domain: z.string().max(253), path: z.string().max(4096) });
export const cookiesClearInput = z.object({ jar: jarId });

/** cookies.json: jar id (an environment's id) -> its cookies as tough-cookie serializes them. */
export interface CookiesFile {
  readonly version: 1;
  readonly jars: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
}

export const COOKIES_FILE: VersionedFormat<CookiesFile> = {
  what: 'The cookie jar file (cookies.json)',
  version: 1,
  schema: z.object({ version: z.literal(1), jars: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) }),
};
