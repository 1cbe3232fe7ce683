/** An openIdConnect scheme's endpoints, read once from its discovery document by the main process. */
import { useEffect, useState } from 'react';
import type { DiscoveredEndpoints } from '../../../shared/auth/login-settings';
import { api } from '../../lib/api';

/** The endpoints `openIdConnectUrl` names, or why they could not be read; nothing without a URL. */
export function useOAuthDiscovery(openIdConnectUrl: string | undefined): { readonly endpoints?: DiscoveredEndpoints; readonly error?: string } {
  const [found, setFound] = useState<{ url: string; endpoints?: DiscoveredEndpoints; error?: string }>();
  useEffect(() => {
    if (openIdConnectUrl === undefined) return;
    let current = true;
    void api['auth:discover']({ url: openIdConnectUrl }).then((result) => {
      if (current) setFound(result.ok ? { url: openIdConnectUrl, endpoints: result.value } : { url: openIdConnectUrl, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [openIdConnectUrl]);
  if (found === undefined || found.url !== openIdConnectUrl) return {};
  return { ...(found.endpoints ? { endpoints: found.endpoints } : {}), ...(found.error ? { error: found.error } : {}) };
}
