/** How an OAuth 2.0 token stands: words for Auth, and when it is due for a refresh. */

/** A token this close to expiry is renewed first, so it cannot expire on the way to the API. */
export const REFRESH_MARGIN_MS = 60_000;

/** True when the token should be renewed before it is used at `now`. */
export function dueForRefresh(expiresAt: number | undefined, now: number): boolean {
  return expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS <= now;
}

/** "expires in 4 min", "expires in 45 s", "expired 2 min ago", "no expiry given". */
export function expiryText(expiresAt: number | undefined, now: number): string {
  if (expiresAt === undefined) return 'no expiry given';
  const left = expiresAt - now;
  const span = spanText(Math.abs(left));
  return left > 0 ? `expires in ${span}` : `expired ${span} ago`;
}

function spanText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
