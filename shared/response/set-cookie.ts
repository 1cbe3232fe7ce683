/** Reads Set-Cookie header values into name, value and attributes, for the cookies table. */

export interface SetCookie {
  readonly name: string;
  readonly value: string;
  /** Attributes as sent: Path, Domain, Expires, Max-Age, Secure, HttpOnly, SameSite… */
  readonly attributes: readonly { readonly name: string; readonly value?: string }[];
}

/** One Set-Cookie value ("sid=abc; Path=/; HttpOnly") parsed; a pair without "=" has an empty name. */
export function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...rest] = header.split(';');
  const equals = pair.indexOf('=');
  const attributes = rest
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at === -1 ? { name: part } : { name: part.slice(0, at).trim(), value: part.slice(at + 1).trim() };
    });
  return equals === -1 ? { name: '', value: pair.trim(), attributes } : { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), attributes };
}
