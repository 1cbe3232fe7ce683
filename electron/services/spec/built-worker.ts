/**
 * Finds a worker bundle that scripts/build.mjs wrote (the spec worker). Running from sources, as unit
 * tests do, finds none: callers then do the work in this thread, so a test exercises the sources and
 * not a possibly stale build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function bundleDir(): string {
  // The CommonJS bundle (Electron main) has __dirname; the ESM bundles (browser host, CLI) have import.meta.
  if (typeof __dirname === 'string') return __dirname;
  return path.dirname(fileURLToPath(import.meta.url));
}

const found = new Map<string, string | null>();

/** Where a built worker (e.g. "spec-worker.cjs") is, or null when it is not built. */
export function findBuiltWorker(name: string): string | null {
  const known = found.get(name);
  if (known !== undefined) return known;
  // Beside the Electron main bundle; from the browser host's, the CLI's and the bench's bundles, one folder over.
  const candidates = [path.join(bundleDir(), name), path.join(bundleDir(), '../electron', name)];
  const file = candidates.find((candidate) => existsSync(candidate)) ?? null;
  found.set(name, file);
  return file;
}
