/**
 * Worker-thread entry (built to dist/electron/spec-worker.cjs): opens a document entirely off the
 * main thread (read, parse, resolve refs, outline, normalize), posts the model as its JSON text, then
 * validates the same parsed document when asked. The main thread only receives one string: it
 * never decodes the model's object graph (spec:load is declared to answer with JSON text).
 */
import { parentPort } from 'node:worker_threads';
import { UserFacingError } from '../app-error';
import { openSpec, type LoadSpecOptions, type OpenedSpec } from './load-spec';
import type { SpecSource } from './read-spec-source';

export type SpecWorkerRequest =
  | { readonly type: 'open'; readonly source: SpecSource; readonly options: Pick<LoadSpecOptions, 'maxBytes' | 'allowRefHosts'> }
  | { readonly type: 'validate' };

let opened: OpenedSpec | undefined;

parentPort?.on('message', (request: SpecWorkerRequest) => {
  void handle(request);
});

async function handle(request: SpecWorkerRequest): Promise<void> {
  if (request.type === 'open') {
    try {
      // A large document's operation list goes out first; the model follows when it is normalized.
      opened = await openSpec(request.source, { ...request.options, onOutline: (outline) => parentPort?.postMessage({ type: 'outlined', outline }) });
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
  const problems = opened === undefined ? [] : await opened.validation();
  parentPort?.postMessage({ type: 'validated', problems });
}
