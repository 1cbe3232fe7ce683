/** The channels of interactive OAuth 2.0 logins: their inputs (zod) and outputs. */
import { z } from 'zod';

const url = z.string().min(1).max(8192);

export const loginStartInput = z.object({
  flow: z.enum(['authorizationCode', 'deviceCode']),
  authorizationUrl: url.optional(),
  deviceAuthorizationUrl: url.optional(),
  tokenUrl: url,
  refreshUrl: url.optional(),
  clientId: z.string().min(1).max(1024),
  clientSecret: z.string().max(4096).optional(),
  scopes: z.string().max(4096).optional(),
  audience: z.string().max(2048).optional(),
  /** The URL (or origin) of the request the person logs in from: its origin is the first the token may go to. */
  origin: url.optional(),
});
export type LoginSettings = z.infer<typeof loginStartInput>;

export const loginIdInput = z.object({ loginId: z.string().min(1).max(100) });

/** A stored token is named by its settings' tokenCacheKey; `tokenUrl` and `clientId` word the messages. */
export const tokenKeyInput = z.object({ key: z.string().min(1).max(20_000), tokenUrl: z.string().max(8192), clientId: z.string().max(1024) });

/** Allows a stored token to be sent to one more API origin, or stops it going to one. */
export const tokenOriginInput = tokenKeyInput.extend({ origin: url });

export const discoverInput = z.object({ url });

export type LoginStart =
  | { readonly loginId: string; readonly flow: 'authorizationCode'; readonly authorizationAddress: string; readonly redirectUri: string; readonly opened: boolean }
  | { readonly loginId: string; readonly flow: 'deviceCode'; readonly userCode: string; readonly verificationUri: string; readonly verificationUriComplete?: string; readonly expiresAt: number; readonly intervalSeconds: number };

/** A token for the renderer to send: the access token only (the refresh token never leaves the main process). */
export interface LoginResult {
  readonly key: string;
  readonly accessToken: string;
  readonly tokenType: string;
  readonly expiresAt?: number;
  readonly canRefresh: boolean;
  /** The API origins the token may be sent to (none for a token kept before origins were recorded). */
  readonly origins: readonly string[];
}
