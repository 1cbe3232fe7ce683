/**
 * The saved form of tokens from interactive OAuth 2.0 logins (`oauth-tokens.json` in the data
 * folder, readable by its owner only), so that later sends and `roundtrip run` reuse or refresh
 * them instead of asking for a login each time. Client secrets are never part of it.
 */
import { z } from 'zod';
import type { VersionedFormat } from '../saved/versioned-file';

const storedTokenV1 = z.object({
  /** tokenCacheKey of the login settings. */
  key: z.string(),
  flow: z.enum(['authorizationCode', 'deviceCode']),
  tokenUrl: z.string(),
  refreshUrl: z.string().optional(),
  clientId: z.string(),
  scopes: z.string().optional(),
  audience: z.string().optional(),
  accessToken: z.string(),
  tokenType: z.string(),
  expiresAt: z.number().optional(),
  refreshToken: z.string().optional(),
  obtainedAt: z.number(),
  /**
   * The API origins (scheme://host:port) this token may be sent to: the one it was obtained for and
   * those the person allowed since. Added within version 1, so an older Roundtrip still reads the file
   * (and drops the field if it writes it, which leaves the token bound to none: safe). Absent in
   * tokens kept before it: read as bound to none, so the first send anywhere asks.
   */
  origins: z.array(z.string()).optional(),
});

export type StoredToken = z.infer<typeof storedTokenV1>;

const tokenFileV1 = z.object({ version: z.literal(1), tokens: z.array(storedTokenV1) });
export type TokenFile = z.infer<typeof tokenFileV1>;

export const TOKEN_FILE_FORMAT: VersionedFormat<TokenFile> = { what: 'The OAuth token file', version: 1, schema: tokenFileV1 };

/** What Auth shows of a token: never the token itself. */
export interface TokenStatus {
  readonly key: string;
  readonly flow: StoredToken['flow'];
  readonly tokenType: string;
  readonly expiresAt?: number;
  readonly canRefresh: boolean;
  readonly scopes?: string;
  readonly obtainedAt: number;
  /** The API origins the token may be sent to (origins are not secret: Auth lists them to remove one). */
  readonly origins: readonly string[];
}

/** The status of a stored token. */
export function tokenStatus(token: StoredToken): TokenStatus {
  return {
    key: token.key,
    flow: token.flow,
    tokenType: token.tokenType,
    canRefresh: token.refreshToken !== undefined,
    obtainedAt: token.obtainedAt,
    origins: token.origins ?? [],
    ...(token.expiresAt === undefined ? {} : { expiresAt: token.expiresAt }),
    ...(token.scopes === undefined ? {} : { scopes: token.scopes }),
  };
}
