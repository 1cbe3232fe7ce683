/**
 * Reads the files a run's step sends (multipart file parts and file bodies) from disk, just before it is
 * sent: each path is resolved against the collection folder, held to the folder unless the run allows
 * otherwise (see shared/runner/step-files.ts for why), and checked to be a readable regular file within
 * the upload limit, so a step either sends every byte of its files or is not sent at all.
 */
import { open, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { PlannedStep } from '../../../shared/runner/run-plan';
import { fileMediaType, fileNameOf, fileSource, missingFile, outsideRefusal, stepFiles, unusableFile, type AttachedFile, type FileContext, type StepFile } from '../../../shared/runner/step-files';
import { errorCode } from '../../../shared/values/error-code';
import { MAX_UPLOAD_BYTES, processUploads, type UploadStore } from '../files/upload-store';

export interface FileAccess {
  /** The collection's folder: relative paths start here, and files are read only inside it unless `allowOutside`. */
  readonly collectionDir: string;
  /** The run was told to trust the collection with files anywhere (`--allow-files-outside`). */
  readonly allowOutside?: boolean;
  /** How to allow files outside the folder where this run was started, as the refusal says it. */
  readonly allowHint?: string;
  /** Where the files are registered for the send (the sender's store). */
  readonly uploads?: UploadStore;
}

export type StepFilesRead =
  | { readonly ok: true; readonly files: ReadonlyMap<string, AttachedFile>; readonly release: () => void }
  | { readonly ok: false; readonly message: string };

const DEFAULT_ALLOW_HINT = 'run it with `roundtrip run --allow-files-outside` if you trust this collection';

/** The files `step` sends, read and registered for its send; or why the step must not be sent. */
export async function readStepFiles(step: PlannedStep, access: FileAccess): Promise<StepFilesRead> {
  const wanted = stepFiles(step.request.body);
  if (wanted.length === 0) return { ok: true, files: new Map(), release: () => undefined };
  const uploads = access.uploads ?? processUploads;
  const context: FileContext = {
    requestFile: path.join(path.dirname(access.collectionDir), ...step.id.split('/')),
    collectionDir: access.collectionDir,
    allowHint: access.allowHint ?? DEFAULT_ALLOW_HINT,
  };
  const files = new Map<string, AttachedFile>();
  const release = (): void => {
    for (const file of files.values()) uploads.release(file.fileId);
  };
  for (const file of wanted) {
    if (files.has(file.file)) continue;
    const found = await checkedFile(file, access, context);
    if (typeof found === 'string') {
      release();
      return { ok: false, message: `${step.name}: ${found}` };
    }
    const filename = fileNameOf(file.file);
    const mediaType = fileMediaType(file);
    files.set(file.file, { fileId: uploads.adopt({ path: found.path, name: filename, mediaType, bytes: found.bytes }), filename, mediaType });
  }
  return { ok: true, files, release };
}

/** The file's real path and size, or the message that stops the step. */
async function checkedFile(file: StepFile, access: FileAccess, context: FileContext): Promise<{ path: string; bytes: number } | string> {
  const source = fileSource(file.file);
  const resolved =
    source.kind === 'inside'
      ? path.resolve(access.collectionDir, ...source.relative.split('/'))
      : source.why === 'home'
        ? path.join(homedir(), file.file.slice(1))
        : path.resolve(access.collectionDir, file.file);
  if (source.kind === 'outside' && access.allowOutside !== true) return outsideRefusal(file, source.why, resolved, context);
  let real: string;
  try {
    real = await realpath(resolved);
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? missingFile(file, resolved, context) : unusableFile(file, resolved, `cannot be read (${reason(error)})`, context);
  }
  // A link inside the folder may lead anywhere: where it leads is what counts.
  if (source.kind === 'inside' && access.allowOutside !== true) {
    const root = await realpath(access.collectionDir).catch(() => access.collectionDir);
    if (!within(root, real)) return outsideRefusal(file, 'symlink', real, context);
  }
  try {
    const handle = await open(real, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return unusableFile(file, resolved, info.isDirectory() ? 'is a folder, not a file' : 'is not a regular file (a device, pipe or socket)', context);
      if (info.size > MAX_UPLOAD_BYTES) return unusableFile(file, resolved, `is ${info.size} bytes, more than the ${MAX_UPLOAD_BYTES / 1024 ** 3} GB Roundtrip sends as one body`, context);
      return { path: real, bytes: info.size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unusableFile(file, resolved, `cannot be read (${reason(error)})`, context);
  }
}

function within(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function reason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}
