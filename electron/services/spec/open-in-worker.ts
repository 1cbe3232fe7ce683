/**
 * Opens a document in a worker thread (spec-worker.ts), so a 13 MB document never blocks the main
 * process: the main thread receives the finished model, and the same worker validates afterwards.
 * One worker is kept warm so a load does not wait for a thread to start. Without the built worker
 * (running from sources, as unit tests do) the document opens in this thread instead.
 */
import { Worker } from 'node:worker_threads';
import type { JsonText } from '../../../shared/ipc/json-result';
import type { LoadedSpec, Problem, SpecOrigin, SpecOutline } from '../../../shared/model/api-model';
import type { ErrorCode } from '../../../shared/ipc/result';
import { UserFacingError } from '../app-error';
import { openSpec, type LoadSpecOptions } from './load-spec';
import type { SpecSource } from './read-spec-source';
import type { SpecWorkerRequest } from './spec-worker';
import { findBuiltWorker } from './built-worker';

type SpecWorkerReply =
  | { readonly type: 'outlined'; readonly outline: SpecOutline }
  | { readonly type: 'opened'; readonly json: JsonText<LoadedSpec>; readonly origin: SpecOrigin; readonly title: string; readonly selfContained: boolean }
  | { readonly type: 'failed'; readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: unknown } }
  | { readonly type: 'validated'; readonly problems: Problem[] }
  | { readonly type: 'operation'; readonly id: number; readonly json: JsonText<LoadedSpec> | null };

/** Asks for the document as far as one operation goes (its model alone, no problems); undefined when the document has no such operation or the load is over. */
export type OperationAsker = (opKey: string) => Promise<JsonText<LoadedSpec> | undefined>;

export interface WorkerOpenOptions extends Omit<LoadSpecOptions, 'onOperations'> {
  /** Hears, as the load starts, how to ask for one operation's model ahead of the whole one. */
  readonly onOperationAsker?: (ask: OperationAsker) => void;
  /** Nobody waits on validation (the model is answered first): it runs at a lower thread priority. */
  readonly validateInBackground?: boolean;
}

export interface WorkerOpenedSpec {
  /** The LoadedSpec as its JSON text, made in the worker: this thread never decodes the model. */
  readonly json: JsonText<LoadedSpec>;
  readonly origin: SpecOrigin;
  /** The document's title, without parsing `json`. */
  readonly title: string;
  /** No external `$ref`s: the document's own file is all it is made of. */
  readonly selfContained: boolean;
  /** Starts validation in the worker (once) and gives its problems; never rejects. */
  readonly validation: () => Promise<Problem[]>;
  /** Ends the worker when nobody will ask for validation any more. */
  readonly dispose: () => void;
}

let spare: Worker | undefined;

/** Starts a worker ahead of need (thread start and module loading cost ~100 ms); a no-op without the build. */
export function prewarmSpecWorker(): void {
  const file = findBuiltWorker('spec-worker.cjs');
  if (file === null || spare !== undefined) return;
  spare = new Worker(file);
  spare.unref();
}

function takeWorker(file: string): Worker {
  const worker = spare ?? new Worker(file);
  spare = undefined;
  worker.ref();
  return worker;
}

function nextReply(worker: Worker, signal: AbortSignal | undefined, location: string): Promise<SpecWorkerReply> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (reply: SpecWorkerReply): void => {
      // Single operations are answered on the side (see operationAsker), between the load's own replies.
      if (reply.type === 'operation') return;
      cleanup();
      resolve(reply);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new UserFacingError('spec-unusable', `${location} could not be opened: ${error.message}`));
    };
    const onExit = (): void => {
      cleanup();
      reject(new UserFacingError(signal?.aborted === true ? 'spec-cancelled' : 'spec-unusable', signal?.aborted === true ? `Loading ${location} was cancelled.` : `Opening ${location} stopped unexpectedly.`));
    };
    const onAbort = (): void => {
      void worker.terminate();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function describe(source: SpecSource): string {
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : source.name;
}

/** Asks `worker` for single operations by id; every question is answered, with undefined once the worker is gone. */
function operationAsker(worker: Worker): OperationAsker {
  const pending = new Map<number, (json: JsonText<LoadedSpec> | undefined) => void>();
  let nextId = 0;
  let gone = false;
  worker.on('message', (reply: SpecWorkerReply) => {
    if (reply.type !== 'operation') return;
    pending.get(reply.id)?.(reply.json ?? undefined);
    pending.delete(reply.id);
  });
  worker.once('exit', () => {
    gone = true;
    for (const answer of pending.values()) answer(undefined);
    pending.clear();
  });
  return (opKey) => {
    if (gone) return Promise.resolve(undefined);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ type: 'operation', id, opKey } satisfies SpecWorkerRequest);
    });
  };
}

/** Opens `source` off the main thread; validation runs in the same worker when `validation()` is called. */
export async function openSpecInWorker(source: SpecSource, options: WorkerOpenOptions = {}): Promise<WorkerOpenedSpec> {
  const file = findBuiltWorker('spec-worker.cjs');
  if (file === null) {
    const { onOperationAsker, ...loadOptions } = options;
    const opened = await openSpec(source, {
      ...loadOptions,
      ...(onOperationAsker === undefined ? {} : {
        onOperations: (normalizeOne, origin) => onOperationAsker((opKey) => {
          const model = normalizeOne(opKey);
          return Promise.resolve(model === undefined ? undefined : JSON.stringify({ origin, model, problems: [] } satisfies LoadedSpec));
        }),
      }),
    });
    const { spec, validation, selfContained } = opened;
    return { json: JSON.stringify(spec), origin: spec.origin, title: spec.model.title, selfContained, validation, dispose: () => undefined };
  }
  const location = describe(source);
  const worker = takeWorker(file);
  const signal = options.signal;
  if (signal?.aborted === true) {
    void worker.terminate();
    throw new UserFacingError('spec-cancelled', `Loading ${location} was cancelled.`);
  }
  const request: SpecWorkerRequest = {
    type: 'open',
    source,
    options: {
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.allowRefHosts === undefined ? {} : { allowRefHosts: options.allowRefHosts }),
    },
  };
  let replied = nextReply(worker, signal, location);
  worker.postMessage(request);
  options.onOperationAsker?.(operationAsker(worker));
  let reply = await replied;
  // A large document's outline comes ahead of its model.
  while (reply.type === 'outlined') {
    replied = nextReply(worker, signal, location);
    try {
      options.onOutline?.(reply.outline);
    } catch {
      // A head start only: the model still comes.
    }
    reply = await replied;
  }
  if (reply.type !== 'opened') {
    void worker.terminate();
    if (reply.type === 'failed') throw new UserFacingError(reply.error.code, reply.error.message, reply.error.details);
    throw new UserFacingError('spec-unusable', `Opening ${location} gave an unexpected answer.`);
  }
  // The worker only waits now; it must not keep the process alive. The next load gets a warm one,
  // started now rather than during this load, which on two cores would slow it down.
  worker.unref();
  prewarmSpecWorker();
  let started: Promise<Problem[]> | undefined;
  const validation = (): Promise<Problem[]> => {
    started ??= (async () => {
      worker.ref();
      const answer = nextReply(worker, signal, location);
      worker.postMessage({ type: 'validate', background: options.validateInBackground === true } satisfies SpecWorkerRequest);
      try {
        const result = await answer;
        return result.type === 'validated' ? result.problems : [];
      } catch (error) {
        return [{ severity: 'warning' as const, message: `Validation did not finish: ${error instanceof Error ? error.message : String(error)}` }];
      } finally {
        void worker.terminate();
      }
    })();
    return started;
  };
  return {
    json: reply.json,
    origin: reply.origin,
    title: reply.title,
    selfContained: reply.selfContained,
    validation,
    dispose: () => void worker.terminate(),
  };
}
