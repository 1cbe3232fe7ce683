/**
 * Loads the saved environments once and saves every change (secrets kept apart by the main process).
 * What is past the list's limits stays out of the save and is reported (shared/environments/fit-to-limits),
 * so one oversize value never costs the rest of the list; a save refused anyway is said, never dropped.
 */
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { SecretStorage } from '../../../shared/environments/environments-file';
import { fitMemo, fitToLimits, type LimitProblem } from '../../../shared/environments/fit-to-limits';
import type { Environment } from '../../../shared/environments/substitute';
import { api } from '../../lib/api';
import type { EnvironmentsAction, EnvironmentsState } from './environments-store';

export interface EnvironmentsPersistence {
  readonly secretStorage: SecretStorage;
  readonly keychainAvailable: boolean;
  readonly persistPlainSecrets: boolean;
  readonly setPersistPlainSecrets: (on: boolean) => void;
  /** Why the last save was refused, and that the changes were not saved. */
  readonly error?: string;
  /** What of the list is past a limit, and so not saved as it is now. */
  readonly problems: readonly LimitProblem[];
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
  // What the file holds: it stands in for what is past a limit. The save reads the ref (its answer must
  // not start another save); the problems shown follow the state.
  const saved = useRef<readonly Environment[]>([]);
  const [savedList, setSavedList] = useState<readonly Environment[]>([]);
  // Each environment's fit, kept across edits: a keystroke refits only the environment it changed.
  const [memo] = useState(fitMemo);

  useEffect(() => {
    let live = true;
    void api['env:load']({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        saved.current = result.value.environments;
        setSavedList(result.value.environments);
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
      const { environments } = fitToLimits(state.environments, saved.current, memo);
      // Saving would drop something the file holds past a limit: the problems say what to fix.
      if (environments === undefined) return;
      const activeId = environments.some((e) => e.id === state.activeId) ? state.activeId : undefined;
      api['env:save']({ environments: environments.map((e) => ({ ...e, variables: [...e.variables] })), ...(activeId !== undefined ? { activeId } : {}), persistPlainSecrets })
        .then((result) => {
          if (result.ok) {
            saved.current = environments;
            setSavedList(environments);
            setSecretStorage(result.value.secretStorage);
            setError(undefined);
          } else setError(notSaved(result.error.message));
        })
        .catch((error: unknown) => setError(notSaved(error instanceof Error ? error.message : String(error))));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loaded, state, persistPlainSecrets, memo]);

  const problems = useMemo(() => (loaded ? fitToLimits(state.environments, savedList, memo).problems : []), [loaded, state.environments, savedList, memo]);
  return useMemo(() => ({ secretStorage, keychainAvailable, persistPlainSecrets, setPersistPlainSecrets, error, problems }), [secretStorage, keychainAvailable, persistPlainSecrets, error, problems]);
}

function notSaved(why: string): string {
  return `Your changes to the environments were not saved: ${why.replace(/\.?$/, '.')} Your changes stay on screen, and the next change tries again.`;
}
