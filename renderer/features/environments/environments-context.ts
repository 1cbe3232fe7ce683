/**
 * The environments of the whole window, held once: the request editor, the runner and the
 * collections all read the same live state, in-memory secret values included.
 */
import { createContext, useContext, type Dispatch } from 'react';
import type { EnvironmentsAction, EnvironmentsState } from './environments-store';
import type { EnvironmentsPersistence } from './use-environments-persistence';

export interface EnvironmentsStore {
  readonly environments: EnvironmentsState;
  readonly dispatchEnvironments: Dispatch<EnvironmentsAction>;
  /** Where environments and their secret values are kept, said plainly where they are edited. */
  readonly persistence?: EnvironmentsPersistence;
}

export const EnvironmentsContext = createContext<EnvironmentsStore | undefined>(undefined);

/** The window's environments, or undefined outside the provider. */
export function useEnvironmentsStore(): EnvironmentsStore | undefined {
  return useContext(EnvironmentsContext);
}
