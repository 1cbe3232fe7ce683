/** The secret values of the editor (active environment, typed credentials) for saving requests without them. */
import { useMemo } from 'react';
import type { Environment } from '../../../shared/environments/substitute';
import { secretReferences } from '../../../shared/collections/secret-references';
import type { SecretReference } from '../../../shared/collections/secrets';
import { useRequestExtrasStore } from '../auth/request-extras';

export interface SecretContext {
  readonly references: readonly SecretReference[];
  readonly environment?: Environment;
}

/** The references and the active environment (to tell which needed secrets are still missing). */
export function useSecretReferences(): SecretContext {
  const store = useRequestExtrasStore();
  return useMemo(() => {
    if (store === undefined) return { references: [] };
    const environment = store.environments.environments.find((e) => e.id === store.environments.activeId);
    return { references: secretReferences(environment, store.auth.credentials), ...(environment ? { environment } : {}) };
  }, [store]);
}
