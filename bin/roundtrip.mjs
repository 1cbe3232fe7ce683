#!/usr/bin/env node
// Entry of the `roundtrip` command; the code is built into dist/ by `npm install`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/index.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write(`roundtrip: not built yet. Run \`npm install\` (or \`npm run build\`) in ${fileURLToPath(new URL('..', import.meta.url))}.\n`);
  process.exit(2);
}
await import(built.href);
