/** Loads the saved environments once and saves every change (secrets kept apart by the main process). */
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { SecretStorage } from '../../../shared/environments/environments-file';
import { api } from '../../lib/api';
import type { EnvironmentsAction, EnvironmentsState } from './environments-store';

export interface EnvironmentsPersistence {
  readonly secretStorage: SecretStorage;
  readonly keychainAvailable: boolean;
  readonly persistPlainSecrets: boolean;
  readonly setPersistPlainSecrets: (on: boolean) => void;
  readonly error?: string;
}

const SAVE_DELAY_MS = 400;

/** Keeps `state` in step with the data folder's environments. */
export function useEnvironmentsPersistence(state: EnvironmentsState, dispatch: Dispatch<EnvironmentsAction>): EnvironmentsPersistence {
  const [loaded, setLoaded] = useState(false);
  const [secretStorage, setSecretStorage] = useState<SecretStorage>('none');
  const [keychainAvailable, setKeychainAvailable] = useState(false);
  const [persistPlainSecrets, setPersistPlainSecrets] = useState(false);
  const [error, setError] = useState<string>();
  const skipNextSave = useRef(true);

  useEffect(() => {
    let live = true;
    void api['env:load']({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        dispatch({ type: 'replace', state: { environments: result.value.environments, ...(result.value.activeId !== undefined ? { activeId: result.value.activeId } : {}) } });
        setSecretStorage(result.value.secretStorage);
        setKeychainAvailable(result.value.keychainAvailable);
        setPersistPlainSecrets(result.value.secretStorage === 'plain');
      } else {
        setError(result.error.message);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [dispatch]);

  useEffect(() => {
    if (!loaded) return;
    // The state that loading just put in place is what is on disk already.
    if (skipNextSave.current) {
      skipNextSave.current = false;
      return;
    }
    const timer = setTimeout(() => {
      void api['env:save']({ environments: state.environments.map((e) => ({ ...e, variables: [...e.variables] })), ...(state.activeId !== undefined ? { activeId: state.activeId } : {}), persistPlainSecrets }).then((result) => {
        if (result.ok) {
          setSecretStorage(result.value.secretStorage);
          setError(undefined);
        } else setError(result.error.message);
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loaded, state, persistPlainSecrets]);

  return useMemo(() => ({ secretStorage, keychainAvailable, persistPlainSecrets, setPersistPlainSecrets, error }), [secretStorage, keychainAvailable, persistPlainSecrets, error]);
}
