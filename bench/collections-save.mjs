// Measures the collections store: atomic saves per second and listing time for a large collection.
// Usage: node bench/collections-save.mjs   (builds a small bundle of the store with esbuild first)
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const out = path.join(mkdtempSync(path.join(tmpdir(), 'rt-bench-bin-')), 'store.mjs');
buildSync({ stdin: { contents: "export { createCollectionStore } from './electron/services/collections/collection-store';\nexport { newSavedRequest } from './shared/collections/collection-tree';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
const { createCollectionStore, newSavedRequest } = await import(out);

const root = mkdtempSync(path.join(tmpdir(), 'rt-bench-coll-'));
const store = createCollectionStore(root);
const { id } = await store.createCollection('Bench');
const SAVES = 500;
const body = { mode: 'raw', mediaType: 'application/json', text: JSON.stringify({ filler: 'x'.repeat(2000) }) };
let started = performance.now();
for (let i = 0; i < SAVES; i += 1) await store.saveRequest({ parentId: id, request: newSavedRequest({ name: `Request ${i}`, method: 'POST', url: `http://127.0.0.1/r/${i}`, body }) });
const saveMs = performance.now() - started;
started = performance.now();
const listed = await store.list();
const listMs = performance.now() - started;
console.log(`atomic saves (new files, fsync + rename + dir fsync): ${SAVES} in ${saveMs.toFixed(0)} ms = ${(SAVES / (saveMs / 1000)).toFixed(0)}/s, ${(saveMs / SAVES).toFixed(2)} ms each`);
console.log(`list a collection of ${listed.collections[0].children.length} requests: ${listMs.toFixed(0)} ms`);
rmSync(root, { recursive: true, force: true });
