/** Reads an `openIdConnect` scheme's discovery document (OpenID Connect Discovery 1.0) for its endpoints. */
import { readDiscovery, type DiscoveredEndpoints } from '../../../shared/auth/login-settings';
import { UserFacingError } from '../app-error';
import { jsonObject } from './token-endpoint';

/** The endpoints and scopes `openIdConnectUrl` names. */
export async function discoverEndpoints(openIdConnectUrl: string): Promise<DiscoveredEndpoints> {
  let response: Response;
  try {
    response = await fetch(openIdConnectUrl, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new UserFacingError('token-unreachable', `Could not read the OpenID Connect discovery document ${openIdConnectUrl} (${error instanceof Error ? error.message : String(error)}). Is the identity provider reachable? You can also fill the URLs in by hand.`);
  }
  const found = readDiscovery(jsonObject(await response.text()));
  if (!response.ok || found.tokenUrl === undefined) {
    throw new UserFacingError('login-failed', `The OpenID Connect discovery document ${openIdConnectUrl} answered ${response.status} without a token_endpoint. Check the scheme's openIdConnectUrl, or fill the URLs in by hand.`);
  }
  return found;
}
