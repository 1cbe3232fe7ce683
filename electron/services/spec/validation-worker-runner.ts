/**
 * Runs full validation in a worker thread (see validate-worker.ts) and gives back its problems.
 * The worker is terminated when the load is cancelled. When the built worker file is missing
 * (running from sources, as unit tests do), validation runs in this thread instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../../shared/model/api-model';
import { validateSpec } from './validate-spec';

export interface ValidationJob {
  /** The document's own text when it has no external refs: cheaper to send, parsed in the worker. */
  readonly text?: string;
  readonly bundled: object;
  readonly location: string;
}

function bundleDir(): string {
  // The CommonJS bundle (Electron main) has __dirname; the ESM bundles (browser host, CLI) have import.meta.
  if (typeof __dirname === 'string') return __dirname;
  return path.dirname(fileURLToPath(import.meta.url));
}

const found = new Map<string, string | null>();

/** Where a built worker (e.g. "validate-worker.cjs") is, or null when it is not built. */
export function findBuiltWorker(name: string): string | null {
  const known = found.get(name);
  if (known !== undefined) return known;
  // Beside the Electron main bundle; from the browser host's, the CLI's and the bench's bundles, one
  // folder over. Running from sources (unit tests) finds none and stays in this thread, on purpose:
  // a test must exercise the sources, not a possibly stale build.
  const candidates = [path.join(bundleDir(), name), path.join(bundleDir(), '../electron', name)];
  const file = candidates.find((candidate) => existsSync(candidate)) ?? null;
  found.set(name, file);
  return file;
}

/** Validates off the main thread; resolves with the problems, rejects when cancelled or the worker dies. */
export function validateInWorker(job: ValidationJob, signal?: AbortSignal): Promise<Problem[]> {
  const file = findBuiltWorker('validate-worker.cjs');
  if (file === null) return validateSpec(job.bundled);
  return new Promise<Problem[]>((resolve, reject) => {
    const data = job.text === undefined ? { bundled: job.bundled, location: job.location } : { text: job.text, location: job.location };
    const worker = new Worker(file, { workerData: data });
    const onAbort = (): void => {
      void worker.terminate();
      reject(new Error(`validation of ${job.location} was cancelled`));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => {
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
    };
    worker.once('message', (message: { problems?: Problem[]; error?: string }) => {
      settle();
      if (message.problems) resolve(message.problems);
      else reject(new Error(message.error ?? 'the validation worker gave no answer'));
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', onAbort);
      reject(new Error(`the validation worker stopped (exit code ${code})`));
    });
  });
}
