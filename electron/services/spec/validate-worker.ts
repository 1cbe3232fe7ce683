/**
 * Worker-thread entry (built to dist/electron/validate-worker.cjs): runs swagger-parser's full
 * validation off the main thread, so a 13 MB document never freezes the window while it is checked.
 * It receives either the document's text (parsed here, also off the main thread) or, for
 * multi-file documents, the already bundled object.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseSpecText } from './parse-spec-text';
import { validateSpec } from './validate-spec';

interface ValidateJob {
  readonly text?: string;
  readonly bundled?: object;
  readonly location: string;
}

async function run(job: ValidateJob): Promise<void> {
  const document = job.bundled ?? parseSpecText(job.text ?? '', job.location);
  // The parsed text is this worker's own copy: no need for validateSpec's defensive clone.
  const problems = await validateSpec(document as object, { inPlace: job.bundled === undefined });
  parentPort?.postMessage({ problems });
}

run(workerData as ValidateJob).catch((error: unknown) => {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
});
