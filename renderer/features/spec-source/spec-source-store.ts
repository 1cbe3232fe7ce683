/** State of "which document is open": loading, the last error, the loaded spec, the Open panel. */
import type { LoadedSpec, Problem } from '../../../shared/model/api-model';
import type { AppError } from '../../../shared/ipc/result';

export interface SpecSourceState {
  /** What is being opened right now, for the loading message; undefined when idle. */
  readonly loading?: string;
  readonly error?: AppError;
  readonly loaded?: LoadedSpec;
  /** Grows with every successful load, so per-document state can be reset by key. */
  readonly loadId: number;
  /** The Open panel over an already loaded document; the start screen shows it regardless. */
  readonly openPanelVisible: boolean;
  /** True while full validation of the open document still runs in the background. */
  readonly validating?: boolean;
}

export type SpecSourceAction =
  | { readonly type: 'load-started'; readonly label: string }
  | { readonly type: 'load-succeeded'; readonly spec: LoadedSpec }
  | { readonly type: 'load-failed'; readonly error: AppError }
  | { readonly type: 'open-panel'; readonly visible: boolean }
  | { readonly type: 'problems-arrived'; readonly loadId: number; readonly problems: readonly Problem[] };

/** Nothing open yet: the start screen. */
export const initialSpecSourceState: SpecSourceState = { loadId: 0, openPanelVisible: false };

/** Reducer for the spec-source store. */
export function specSourceReducer(state: SpecSourceState, action: SpecSourceAction): SpecSourceState {
  switch (action.type) {
    case 'load-started':
      return { ...state, loading: action.label, error: undefined };
    case 'load-succeeded':
      return { loaded: action.spec, loadId: state.loadId + 1, openPanelVisible: false, validating: action.spec.validationId !== undefined };
    case 'problems-arrived':
      // Only for the document they belong to; the load id stays, so the workspace keeps its state.
      if (action.loadId !== state.loadId || !state.loaded) return state;
      return { ...state, validating: false, loaded: { ...state.loaded, problems: [...action.problems, ...state.loaded.problems] } };
    case 'load-failed':
      // The previous document, if any, stays open: a failed load should not cost work.
      return { ...state, loading: undefined, error: action.error };
    case 'open-panel':
      return { ...state, openPanelVisible: action.visible, error: action.visible ? state.error : undefined };
  }
}
