/** State of "which document is open": loading, the last error, the loaded spec, reloads, recent documents. */
import type { LoadedSpec, Problem, RecentSpec, SpecOutline } from '../../../shared/model/api-model';
import type { OperationDiff } from '../../../shared/spec/diff-operations';
import type { AppError } from '../../../shared/ipc/result';
import { initialRequestFormsState, requestFormsReducer, type RequestFormsAction, type RequestFormsState } from '../request/request-forms-store';
import type { ExchangesState } from '../response/exchange-store';
import { combineProblems } from '../../../shared/spec/combine-problems';

export interface SpecSourceState {
  /** What is being opened right now, for the loading message; undefined when idle. */
  readonly loading?: string;
  readonly error?: AppError;
  readonly loaded?: LoadedSpec;
  /** A large document's operation list, shown while its model is still being built (first document only). */
  readonly outline?: SpecOutline;
  /** The filter typed and the operation picked in the outline, carried into the workspace when the model arrives. */
  readonly outlineChoice?: OutlineChoice;
  /**
   * Operations picked in the outline, each normalized alone ahead of the model (by key): the
   * document as far as that operation goes, so its form shows before the whole model arrives.
   */
  readonly outlineDetails?: Readonly<Record<string, LoadedSpec>>;
  /** Grows with every successful load (not with a reload), so per-document state can be reset by key. */
  readonly loadId: number;
  /** Set on the load that followed an outline: the workspace starts from it. */
  readonly carried?: OutlineChoice;
  /** The address or path last typed to open, so a failed or cancelled attempt can be fixed rather than retyped. */
  readonly attempted?: string;
  /** The outline screen went away without a document (the load failed or was cancelled): the start screen takes the cursor. */
  readonly outlineDropped?: boolean;
  /** The Open panel over an already loaded document; the start screen shows it regardless. */
  readonly openPanelVisible: boolean;
  /** True while full validation of the open document still runs in the background. */
  readonly validating?: boolean;
  /** The main process's id of the load whose problems are awaited: only they may land. */
  readonly validatingLoad?: string;
  /** What the last reload of the open document changed, until dismissed. */
  readonly lastReload?: { readonly diff: OperationDiff; readonly reason: 'file-changed' | 'reload' };
  /** A reload that failed: the previous version stays open. */
  readonly reloadError?: AppError;
  readonly recent: readonly RecentSpec[];
}

/** What a person did in the outline's list before the model arrived. */
export interface OutlineChoice {
  readonly filter: string;
  readonly opKey?: string;
  /** Where the cursor was in the list (its filter or a row): the workspace puts it back there. */
  readonly focus?: 'filter' | 'row';
  /** What was typed into the forms of operations picked before the model arrived. */
  readonly forms?: RequestFormsState;
  /** Their answers, when one was sent before the model arrived. */
  readonly exchanges?: ExchangesState;
}

export type SpecSourceAction =
  | { readonly type: 'load-started'; readonly label: string; readonly attempted?: string }
  | { readonly type: 'outline-arrived'; readonly outline: SpecOutline }
  | { readonly type: 'outline-chosen'; readonly choice: Partial<OutlineChoice> }
  | { readonly type: 'operation-detailed'; readonly opKey: string; readonly spec: LoadedSpec }
  | { readonly type: 'outline-forms'; readonly action: RequestFormsAction }
  | { readonly type: 'load-succeeded'; readonly spec: LoadedSpec; readonly specLoadId?: string }
  | { readonly type: 'load-failed'; readonly error: AppError }
  | { readonly type: 'load-cancelled' }
  | { readonly type: 'open-panel'; readonly visible: boolean }
  | { readonly type: 'problems-arrived'; readonly specLoadId: string; readonly problems: readonly Problem[] }
  | { readonly type: 'reloaded'; readonly spec: LoadedSpec; readonly specLoadId?: string; readonly diff: OperationDiff; readonly reason: 'file-changed' | 'reload' }
  | { readonly type: 'reload-failed'; readonly error: AppError }
  | { readonly type: 'reload-dismissed' }
  | { readonly type: 'recent-listed'; readonly recent: readonly RecentSpec[] };

/** Nothing open yet: the start screen. */
export const initialSpecSourceState: SpecSourceState = { loadId: 0, openPanelVisible: false, recent: [] };

/** Reducer for the spec-source store. */
export function specSourceReducer(state: SpecSourceState, action: SpecSourceAction): SpecSourceState {
  switch (action.type) {
    case 'load-started':
      return { ...state, loading: action.label, error: undefined, outline: undefined, outlineChoice: undefined, outlineDetails: undefined, outlineDropped: undefined, ...(action.attempted === undefined ? {} : { attempted: action.attempted }) };
    case 'outline-arrived':
      // Only for the load in progress, and only on the start screen: an open document stays on
      // screen (with its tabs and forms) until the new one has fully loaded.
      return state.loading === undefined || state.loaded !== undefined ? state : { ...state, outline: action.outline, outlineChoice: { filter: '' } };
    case 'outline-chosen':
      return state.outline === undefined ? state : { ...state, outlineChoice: { filter: '', ...state.outlineChoice, ...action.choice } };
    case 'operation-detailed':
      return state.outline === undefined ? state : { ...state, outlineDetails: { ...state.outlineDetails, [action.opKey]: action.spec } };
    case 'outline-forms': {
      if (state.outline === undefined) return state;
      const choice = state.outlineChoice ?? { filter: '' };
      return { ...state, outlineChoice: { ...choice, forms: requestFormsReducer(choice.forms ?? initialRequestFormsState, action.action) } };
    }
    case 'load-succeeded':
      return {
        loaded: action.spec,
        loadId: state.loadId + 1,
        openPanelVisible: false,
        validating: action.specLoadId !== undefined,
        ...(action.specLoadId === undefined ? {} : { validatingLoad: action.specLoadId }),
        recent: state.recent,
        ...(state.outline === undefined || state.outlineChoice === undefined ? {} : { carried: state.outlineChoice }),
      };
    case 'load-failed':
      // The previous document, if any, stays open: a failed load should not cost work.
      return { ...state, loading: undefined, error: action.error, outline: undefined, outlineChoice: undefined, outlineDetails: undefined, outlineDropped: state.outline !== undefined };
    case 'load-cancelled':
      return { ...state, loading: undefined, outline: undefined, outlineChoice: undefined, outlineDetails: undefined, outlineDropped: state.outline !== undefined };
    case 'open-panel':
      return { ...state, openPanelVisible: action.visible, error: action.visible ? state.error : undefined };
    case 'problems-arrived':
      // Only for the version they were found in: a reload may have replaced it meanwhile.
      if (!state.loaded || state.validatingLoad !== action.specLoadId) return state;
      return { ...state, validating: false, validatingLoad: undefined, loaded: { ...state.loaded, problems: combineProblems(action.problems, state.loaded.problems) } };
    case 'reloaded':
      // Same loadId: the workspace keeps its selection and the values typed into forms.
      return { ...state, loaded: action.spec, validating: action.specLoadId !== undefined, validatingLoad: action.specLoadId, lastReload: { diff: action.diff, reason: action.reason }, reloadError: undefined };
    case 'reload-failed':
      return { ...state, reloadError: action.error };
    case 'reload-dismissed':
      return { ...state, lastReload: undefined, reloadError: undefined };
    case 'recent-listed':
      return { ...state, recent: action.recent };
  }
}
