/** The base URL a request goes to, from a server entry of the document and the user's variable values. */
import type { ServerModel, SpecOrigin } from '../model/api-model';

const ABSOLUTE = /^[a-z][a-z\d+.-]*:\/\//i;

/** True when `url` names its scheme and host, as "http://host/..." does. */
export function isAbsoluteUrl(url: string): boolean {
  return ABSOLUTE.test(url);
}

/**
 * Substitutes `{var}` (given value, else the variable's default). A relative server URL ("/", "/v1")
 * is resolved against the document's URL when it was loaded from one; from a file or pasted text it
 * stays relative and the caller asks the user for a base URL. The trailing slash is trimmed.
 */
export function resolveServerUrl(server: ServerModel, variables: Readonly<Record<string, string>>, origin?: SpecOrigin): string {
  let url = server.url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const given = variables[name];
    if (given !== undefined && given !== '') return given;
    return server.variables[name]?.default ?? whole;
  });
  if (!isAbsoluteUrl(url) && origin?.kind === 'url') {
    try {
      url = new URL(url, origin.location).href;
    } catch {
      // An unparsable origin leaves the URL relative: the caller asks for a base URL as for a file.
    }
  }
  const trimmed = url.replace(/\/+$/, '');
  return trimmed === '' ? url : trimmed;
}
