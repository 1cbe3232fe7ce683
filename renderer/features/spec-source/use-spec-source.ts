/** Opens documents through the api (URL, path, file, demo), reloads them, and keeps the spec-source store. */
import { useCallback, useEffect, useMemo, useReducer, useRef, type Dispatch } from 'react';
import type { InputOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { LoadedSpec } from '../../../shared/model/api-model';
import { diffOperations } from '../../../shared/spec/diff-operations';
import { api, subscribeEvents } from '../../lib/api';
import type { RequestFormsAction } from '../request/request-forms-store';
import { listenToSpecLoad, type SpecLoadEvents } from './spec-load-events';
import { initialSpecSourceState, specSourceReducer, type OutlineChoice, type SpecSourceState } from './spec-source-store';

// Mirrors the contract's text limit (64 Mi characters) without pulling zod into the
// renderer bundle; checked before reading so a huge file never lands in memory.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

type Source = InputOf<'spec:load'>['source'];

export interface SpecSource {
  readonly state: SpecSourceState;
  readonly openUrl: (url: string) => void;
  readonly openFile: (file: File) => void;
  readonly openDemo: () => void;
  readonly showOpenPanel: (visible: boolean) => void;
  /** Stops the load in progress (reading, fetching, resolving refs); the previous document stays. */
  readonly cancel: () => void;
  /** Loads the open document again (URL or file) and shows what changed; undefined for pasted text. */
  readonly reload?: () => void;
  readonly dismissReload: () => void;
  /**
   * Records the filter and the operation picked in an outline's list, for the workspace to start
   * from; a picked operation is asked for alone, so its form shows before the whole model arrives.
   */
  readonly chooseInOutline: (choice: Partial<OutlineChoice>) => void;
  /** What is typed into the form of an operation picked in the outline (carried into the workspace). */
  readonly dispatchOutlineForms: Dispatch<RequestFormsAction>;
}

function loadSource(source: Source, loadId?: string): Promise<Result<LoadedSpec>> {
  return api['spec:load'](loadId === undefined ? { source } : { source, loadId });
}

/** Sends spec:load for the attempt in progress (listening for its outline and problems first). */
type SendLoad = (source: Source) => Promise<Result<LoadedSpec>>;

/** A file path or an address, as typed into the Open panel. */
function sourceOf(location: string): Source {
  // An absolute path opens a file the main side reads itself: no size limit of the browser, and its $refs resolve.
  return /^(\/|[A-Za-z]:[\\/])/.test(location) ? { kind: 'file', path: location } : { kind: 'url', url: location };
}

/** The spec-source feature: state plus the ways to open a document. */
export function useSpecSource(): SpecSource {
  const [state, dispatch] = useReducer(specSourceReducer, initialSpecSourceState);
  // Only the latest attempt may land: a slow URL must not replace a file opened after it.
  const attempt = useRef(0);
  // The id the main side knows the load in progress by, so spec:cancel can stop it.
  const currentLoadId = useRef<string | undefined>(undefined);
  const loadedRef = useRef<LoadedSpec | undefined>(undefined);
  // Operations of the load in progress already asked for alone: a second pick of the same one asks nothing.
  const askedAlone = useRef(new Set<string>());
  loadedRef.current = state.loaded;

  const refreshRecent = useCallback(async () => {
    const recent = await api['spec:recent']({});
    if (recent.ok) dispatch({ type: 'recent-listed', recent: recent.value });
  }, []);

  // The problems of a load that answered land when pushed, unless another load replaced it by then (the store checks).
  const awaitProblems = useCallback(async (specLoadId: string, events: SpecLoadEvents) => {
    const problems = await events.problems;
    dispatch({ type: 'problems-arrived', specLoadId, problems });
  }, []);

  const run = useCallback(async (label: string, load: (send: SendLoad) => Promise<Result<LoadedSpec>>, attempted?: string) => {
    const mine = ++attempt.current;
    const loadId = crypto.randomUUID();
    currentLoadId.current = loadId;
    askedAlone.current.clear();
    dispatch({ type: 'load-started', label, ...(attempted === undefined ? {} : { attempted }) });
    // A large document's list arrives before its model is built.
    const events = listenToSpecLoad(loadId, (outline) => {
      if (mine === attempt.current) dispatch({ type: 'outline-arrived', outline });
    });
    const result = await load(async (source) => {
      await events.live;
      return loadSource(source, loadId);
    });
    if (currentLoadId.current === loadId) currentLoadId.current = undefined;
    if (mine !== attempt.current || !result.ok) events.close();
    if (mine !== attempt.current) return;
    dispatch(result.ok ? { type: 'load-succeeded', spec: result.value, specLoadId: loadId } : { type: 'load-failed', error: result.error });
    if (!result.ok) return;
    void refreshRecent();
    await awaitProblems(loadId, events);
  }, [awaitProblems, refreshRecent]);

  const reloadAs = useCallback(async (reason: 'file-changed' | 'reload') => {
    const current = loadedRef.current;
    if (!current || current.origin.kind === 'text') return;
    const mine = ++attempt.current;
    const loadId = crypto.randomUUID();
    const events = listenToSpecLoad(loadId, () => undefined);
    await events.live;
    const result = await loadSource(current.origin.kind === 'file' ? { kind: 'file', path: current.origin.location } : { kind: 'url', url: current.origin.location }, loadId);
    if (mine !== attempt.current || !result.ok) events.close();
    if (mine !== attempt.current) return;
    if (!result.ok) {
      dispatch({ type: 'reload-failed', error: result.error });
      return;
    }
    dispatch({ type: 'reloaded', spec: result.value, specLoadId: loadId, diff: diffOperations(current.model, result.value.model), reason });
    await awaitProblems(loadId, events);
  }, [awaitProblems]);

  useEffect(() => {
    void refreshRecent();
  }, [refreshRecent]);

  // Listen only while a file is open: the browser host's event stream holds a connection, and
  // browsers allow few per host.
  const watchedFile = state.loaded?.origin.kind === 'file' ? state.loaded.origin.location : undefined;
  useEffect(() => {
    if (watchedFile === undefined) return undefined;
    return subscribeEvents((event) => {
      if (event.name !== 'spec:changed') return;
      const { location } = event.payload;
      if (location === watchedFile) void reloadAs('file-changed');
    });
  }, [watchedFile, reloadAs]);

  const openUrl = useCallback(
    (url: string) => {
      const trimmed = url.trim();
      if (trimmed === '') {
        dispatch({ type: 'load-failed', error: { code: 'empty-url', message: 'Type the address of an OpenAPI document (JSON or YAML), then press Open.' } });
        return;
      }
      void run(`Opening ${trimmed}…`, (send) => send(sourceOf(trimmed)), trimmed);
    },
    [run],
  );

  const openFile = useCallback(
    (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        const mib = Math.round(file.size / (1024 * 1024));
        dispatch({ type: 'load-failed', error: { code: 'file-too-large', message: `${file.name} is ${mib} MiB; Roundtrip opens documents up to 64 MiB. Pick a smaller file.` } });
        return;
      }
      void run(`Opening ${file.name}…`, async (send) => {
        let text: string;
        try {
          text = await file.text();
        } catch {
          return { ok: false, error: { code: 'file-unreadable', message: `Could not read ${file.name}. Check that the file still exists and that you may read it, then try again.` } };
        }
        return send({ kind: 'text', text, name: file.name });
      });
    },
    [run],
  );

  const openDemo = useCallback(() => {
    void run('Starting the demo API…', async (send) => {
      const demo = await api['demo:start']({});
      if (!demo.ok) return demo;
      return send({ kind: 'url', url: demo.value.specUrl });
    });
  }, [run]);

  const showOpenPanel = useCallback((visible: boolean) => dispatch({ type: 'open-panel', visible }), []);
  const cancel = useCallback(() => {
    const loadId = currentLoadId.current;
    currentLoadId.current = undefined;
    // Whatever the main side answers now, this attempt no longer lands.
    attempt.current += 1;
    dispatch({ type: 'load-cancelled' });
    if (loadId !== undefined) void api['spec:cancel']({ loadId });
  }, []);
  const reloadable = state.loaded !== undefined && state.loaded.origin.kind !== 'text';
  const reload = useCallback(() => void reloadAs('reload'), [reloadAs]);
  const dismissReload = useCallback(() => dispatch({ type: 'reload-dismissed' }), []);
  const chooseInOutline = useCallback((choice: Partial<OutlineChoice>) => {
    dispatch({ type: 'outline-chosen', choice });
    const { opKey } = choice;
    const loadId = currentLoadId.current;
    if (opKey === undefined || loadId === undefined || askedAlone.current.has(`${loadId} ${opKey}`)) return;
    askedAlone.current.add(`${loadId} ${opKey}`);
    const mine = attempt.current;
    void api['spec:operation']({ loadId, opKey }).then((result) => {
      // Not found or too late (the model came first): the outline's note stays until the model shows it.
      if (result.ok && mine === attempt.current) dispatch({ type: 'operation-detailed', opKey, spec: result.value });
    });
  }, []);
  const dispatchOutlineForms = useCallback((action: RequestFormsAction) => dispatch({ type: 'outline-forms', action }), []);

  return useMemo(
    () => ({ state, openUrl, openFile, openDemo, showOpenPanel, cancel, ...(reloadable ? { reload } : {}), dismissReload, chooseInOutline, dispatchOutlineForms }),
    [state, openUrl, openFile, openDemo, showOpenPanel, cancel, reloadable, reload, dismissReload, chooseInOutline, dispatchOutlineForms],
  );
}
