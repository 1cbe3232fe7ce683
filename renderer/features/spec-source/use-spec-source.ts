/** Opens documents through the api (URL, file, demo) and keeps the spec-source store. */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { InputOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { LoadedSpec } from '../../../shared/model/api-model';
import { api } from '../../lib/api';
import { initialSpecSourceState, specSourceReducer, type SpecSourceState } from './spec-source-store';

// Mirrors the contract's text limit (64 Mi characters) without pulling zod into the
// renderer bundle; checked before reading so a huge file never lands in memory.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface SpecSource {
  readonly state: SpecSourceState;
  readonly openUrl: (url: string) => void;
  readonly openFile: (file: File) => void;
  readonly openDemo: () => void;
  readonly showOpenPanel: (visible: boolean) => void;
}

function loadSource(source: InputOf<'spec:load'>['source']): Promise<Result<LoadedSpec>> {
  return api['spec:load']({ source });
}

/** The spec-source feature: state plus the ways to open a document. */
export function useSpecSource(): SpecSource {
  const [state, dispatch] = useReducer(specSourceReducer, initialSpecSourceState);
  // Only the latest attempt may land: a slow URL must not replace a file opened after it.
  const attempt = useRef(0);

  // Counts successful loads exactly as the store does, so late problems find their document.
  const loads = useRef(0);

  const run = useCallback(async (label: string, load: () => Promise<Result<LoadedSpec>>) => {
    const mine = ++attempt.current;
    dispatch({ type: 'load-started', label });
    const result = await load();
    if (mine !== attempt.current) return;
    dispatch(result.ok ? { type: 'load-succeeded', spec: result.value } : { type: 'load-failed', error: result.error });
    if (!result.ok) return;
    const loadId = ++loads.current;
    const validationId = result.value.validationId;
    if (validationId === undefined) return;
    // Shown first, checked after: the problems of full validation arrive when the worker is done.
    const outcome = await api['spec:problems']({ validationId });
    const problems = outcome.ok ? outcome.value.problems : [{ severity: 'warning' as const, message: `Validation did not finish: ${outcome.error.message}` }];
    dispatch({ type: 'problems-arrived', loadId, problems });
  }, []);

  const openUrl = useCallback(
    (url: string) => {
      const trimmed = url.trim();
      if (trimmed === '') {
        dispatch({ type: 'load-failed', error: { code: 'empty-url', message: 'Type the address of an OpenAPI document (JSON or YAML), then press Open.' } });
        return;
      }
      // An absolute path opens a file the main side reads itself: no size limit of the browser, and its $refs resolve.
      const source = /^(\/|[A-Za-z]:[\\/])/.test(trimmed) ? { kind: 'file' as const, path: trimmed } : { kind: 'url' as const, url: trimmed };
      void run(`Opening ${trimmed}…`, () => loadSource(source));
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
      void run(`Opening ${file.name}…`, async () => {
        let text: string;
        try {
          text = await file.text();
        } catch {
          return { ok: false, error: { code: 'file-unreadable', message: `Could not read ${file.name}. Check that the file still exists and that you may read it, then try again.` } };
        }
        return loadSource({ kind: 'text', text, name: file.name });
      });
    },
    [run],
  );

  const openDemo = useCallback(() => {
    void run('Starting the demo API…', async () => {
      const demo = await api['demo:start']({});
      if (!demo.ok) return demo;
      return loadSource({ kind: 'url', url: demo.value.specUrl });
    });
  }, [run]);

  const showOpenPanel = useCallback((visible: boolean) => dispatch({ type: 'open-panel', visible }), []);

  return useMemo(() => ({ state, openUrl, openFile, openDemo, showOpenPanel }), [state, openUrl, openFile, openDemo, showOpenPanel]);
}
