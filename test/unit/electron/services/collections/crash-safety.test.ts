import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseSavedFile } from '../../../../../shared/collections/migrate';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { sweepTempFiles } from '../../../../../electron/services/collections/sweep-temp-files';

const KILLS = 40;

function bundleWriter(): string {
  // Bundled whole, as ESM: a package's ESM build where it has one (jsonc-parser's main is a UMD bundle
  // whose requires an ESM bundle cannot make).
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'rt-crash-bin-')), 'crash-writer.mjs');
  buildSync({ entryPoints: [new URL('crash-writer.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], outfile: out, logLevel: 'silent' });
  return out;
}

/** Starts the writer, waits until it is in its loop, lets it run a random while, then SIGKILLs it. */
function runAndKill(script: string, root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 60)));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended on its own: ${stderr}`))));
  });
}

describe('crash-safety', () => {
  it(`leaves every file parseable after ${KILLS} SIGKILLs in the middle of saves`, { timeout: 120_000 }, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rt-crash-'));
    await createCollectionStore(root).createCollection('C');
    const script = bundleWriter();
    for (let kill = 0; kill < KILLS; kill += 1) await runAndKill(script, root);

    const dir = path.join(root, 'c');
    const files = readdirSync(dir).filter((name) => !name.startsWith('.'));
    expect(files.sort()).toEqual(['collection.json', 'slot-0.request.json', 'slot-1.request.json', 'slot-2.request.json', 'slot-3.request.json']);
    for (const name of files) {
      const outcome = parseSavedFile(name === 'collection.json' ? 'collection' : 'request', readFileSync(path.join(dir, name), 'utf8'));
      expect(outcome.ok, `${name}: ${outcome.ok ? '' : outcome.message}`).toBe(true);
    }
    // The store lists it whole; leftover temp files (a kill between open and rename) stay hidden.
    const listed = (await createCollectionStore(root).list()).collections[0];
    expect(listed?.children.every((entry) => entry.kind === 'request')).toBe(true);
    expect(listed?.children).toHaveLength(4);
    // Leftover temp files (if a kill landed between open and rename) are swept once they are stale.
    // The store's own listing may already have swept those over a minute old (a loaded machine takes that long).
    const leftovers = readdirSync(dir).filter((name) => name.startsWith('.rt-tmp-'));
    expect(await sweepTempFiles(root, undefined, Date.now() + 120_000)).toBeLessThanOrEqual(leftovers.length);
    expect(readdirSync(dir).filter((name) => name.startsWith('.rt-tmp-'))).toEqual([]);
  });
});
