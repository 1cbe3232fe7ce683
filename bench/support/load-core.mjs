// Bundles a bench's TypeScript core (bench/NAME-core.ts) with esbuild and imports it, so the
// .mjs scripts time the project's own code as it is in the tree.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The module bench/`name`-core.ts exports, built to dist/bench/. */
export async function loadCore(name) {
  const outfile = path.join(root, `dist/bench/${name}-core.mjs`);
  await build({ entryPoints: [path.join(root, `bench/${name}-core.ts`)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}
