/**
 * Worker-thread entry (built to dist/electron/spec-worker.cjs): opens a document entirely off the
 * main thread (read, parse, resolve refs, outline, normalize), posts the model as its JSON text, then
 * validates the same parsed document when asked, at a lower thread priority. The main thread only
 * receives one string: it never decodes the model's object graph (spec:load is declared to answer
 * with JSON text). One operation's model can be asked for while the whole model is built:
 * normalization leaves the event loop free between slices to answer it.
 */
import { parentPort } from 'node:worker_threads';
import { UserFacingError } from '../app-error';
import type { ApiModel, LoadedSpec, SpecOrigin } from '../../../shared/model/api-model';
import { openSpec, type LoadSpecOptions, type OpenedSpec } from './load-spec';
import type { SpecSource } from './read-spec-source';
import { yieldThreadPriority } from './yield-thread-priority';

export type SpecWorkerRequest =
  | { readonly type: 'open'; readonly source: SpecSource; readonly options: Pick<LoadSpecOptions, 'maxBytes' | 'allowRefHosts'> }
  /** `background`: nobody waits on it, so the worker yields the CPU to the window (a strict load waits). */
  | { readonly type: 'validate'; readonly background: boolean }
  /** The model of one operation alone, answered while the whole model is still being normalized. */
  | { readonly type: 'operation'; readonly id: number; readonly opKey: string };

let opened: OpenedSpec | undefined;
let normalizeOne: ((opKey: string) => ApiModel | undefined) | undefined;
let origin: SpecOrigin | undefined;
/** Operation requests that came before the document was parsed and bundled. */
const waiting: { readonly id: number; readonly opKey: string }[] = [];

function answerOperation(id: number, opKey: string): void {
  let json: string | null = null;
  try {
    const model = normalizeOne?.(opKey);
    json = model === undefined || origin === undefined ? null : JSON.stringify({ origin, model, problems: [] } satisfies LoadedSpec);
  } catch {
    // A head start only: the whole model still comes, and reports what tripped this.
  }
  parentPort?.postMessage({ type: 'operation', id, json });
}

parentPort?.on('message', (request: SpecWorkerRequest) => {
  void handle(request);
});

async function handle(request: SpecWorkerRequest): Promise<void> {
  if (request.type === 'open') {
    try {
      // A large document's operation list goes out first; the model follows when it is normalized.
      opened = await openSpec(request.source, {
        ...request.options,
        onOutline: (outline) => parentPort?.postMessage({ type: 'outlined', outline }),
        onOperations: (normalize, from) => {
          normalizeOne = normalize;
          origin = from;
          for (const early of waiting.splice(0)) answerOperation(early.id, early.opKey);
        },
      });
      const spec = opened.spec;
      parentPort?.postMessage({ type: 'opened', json: JSON.stringify(spec), origin: spec.origin, title: spec.model.title, selfContained: opened.selfContained });
    } catch (error) {
      const failure = error instanceof UserFacingError
        ? { code: error.code, message: error.message, details: error.details }
        : { code: 'spec-unusable', message: `The document could not be opened: ${error instanceof Error ? error.message : String(error)}` };
      parentPort?.postMessage({ type: 'failed', error: failure });
    }
    return;
  }
  if (request.type === 'operation') {
    if (normalizeOne === undefined) waiting.push(request);
    else answerOperation(request.id, request.opKey);
    return;
  }
  // Unless a strict load waits for it, nobody waits on validation: it must not take the CPU from the
  // window while the person types. This thread ends after it (see open-in-worker.ts), so the
  // lowered priority goes with it.
  if (request.background) yieldThreadPriority();
  const problems = opened === undefined ? [] : await opened.validation();
  parentPort?.postMessage({ type: 'validated', problems });
}
