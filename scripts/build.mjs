// Builds the main-process side with esbuild. Runs on `npm install` (prepare) so that
// `npx roundtrip` and `npm run web` work right after installing.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // Node packages stay external: they are installed beside the app.
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external', external: ['electron'] }),
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/host/index.ts'], outfile: 'dist/host/index.mjs', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/cli/index.ts'], outfile: 'dist/cli/index.mjs', format: 'esm', packages: 'external' }),
]);
