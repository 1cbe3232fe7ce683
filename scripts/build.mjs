// Builds the main-process side with esbuild. Runs on `npm install` (prepare) so that
// `npx roundtrip` and `npm run web` work right after installing.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // Node packages stay external: they are installed beside the app.
  // The spec worker is found through import.meta in ESM bundles and __dirname here: silence the empty-import-meta notice.
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external', external: ['electron'], logOverride: { 'empty-import-meta': 'silent' } }),
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/host/index.ts'], outfile: 'dist/host/index.mjs', format: 'esm', packages: 'external' }),
  // Split: each command is its own chunk, imported when that command runs (start-up is part of every CLI call).
  build({ ...common, entryPoints: ['electron/cli/index.ts'], outdir: 'dist/cli', outExtension: { '.js': '.mjs' }, splitting: true, chunkNames: 'chunks/[name]-[hash]', format: 'esm', packages: 'external' }),
  // Opening a document (read, parse, resolve refs, normalize, then validate) runs in this worker
  // thread, off the main process's event loop. CommonJS beside main.cjs, so the packaged app ships
  // it (dist/electron/**) and can load it from the asar.
  build({ ...common, entryPoints: ['electron/services/spec/spec-worker.ts'], outfile: 'dist/electron/spec-worker.cjs', format: 'cjs', packages: 'external', logOverride: { 'empty-import-meta': 'silent' } }),
]);
