import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRoundtrip } from '../support/run-roundtrip';

// eslint-disable-next-line no-control-regex -- looking for control characters on purpose
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('roundtrip command on hostile input', () => {
  it('prints a document title and summaries with their escape sequences shown, never sent to the terminal', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rt-ansi-'));
    const spec = path.join(dir, 'hostile.json');
    const doc = {
      openapi: '3.0.3',
      info: { title: 'Pets\u001b]0;pwned\u0007\u001b[2J', version: '1\u001b]52;c;ZXZpbA==\u0007' },
      paths: { '/pets': { get: { summary: 'List\u001b[31m red\rFAKE', responses: { 200: { description: 'ok' } } } } },
    };
    await writeFile(spec, JSON.stringify(doc));
    const table = await runRoundtrip('inspect', spec);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(CONTROL);
    expect(table.stdout).toContain('Pets\\e]0;pwned\\u{7}\\e[2J');
    expect(table.stdout).toContain('List\\e[31m red');
    const missing = await runRoundtrip('inspect', path.join(dir, 'gone\u001b]0;x\u0007.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(CONTROL);
  });

  it('prints collection names and server messages from `roundtrip run` with their escape sequences shown', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rt-ansi-run-'));
    const collection = path.join(dir, 'evil');
    await mkdir(collection);
    await writeFile(path.join(collection, 'collection.json'), JSON.stringify({ format: 'roundtrip.collection', version: 1, name: 'Evil\u001b]0;owned\u0007', variables: [] }));
    const request = { format: 'roundtrip.request', version: 1, name: 'Ping\u001b[2J\u001b]52;c;ZXZpbA==\u0007', method: 'GET', url: 'http://127.0.0.1:9/\u001b[31m', headers: [], body: { mode: 'none' }, auth: { type: 'none' }, assertions: [{ type: 'status', equals: 200 }] };
    await writeFile(path.join(collection, 'ping.request.json'), JSON.stringify(request));
    const outcome = await runRoundtrip('run', collection);
    expect(outcome.code).toBe(1);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toMatch(CONTROL);
    expect(outcome.stdout).toContain('Ping\\e[2J\\e]52;c;ZXZpbA==\\u{7}');
  });

  it('refuses a 2,000-level (and a 300-level) Postman folder tree with exit 2 and one line, leaving nothing behind', async () => {
    for (const depth of [2000, 300]) {
      const dir = await mkdtemp(path.join(tmpdir(), 'rt-deep-'));
      let item: unknown = { name: 'leaf', request: { method: 'GET', url: 'http://127.0.0.1:1/leaf' } };
      for (let level = 0; level < depth; level += 1) item = { name: `level ${level}`, item: [item] };
      const file = path.join(dir, 'deep.postman_collection.json');
      await writeFile(file, JSON.stringify({ info: { name: 'Deep', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [item] }));
      const outcome = await runRoundtrip('import', file, '--out', path.join(dir, 'out'));
      expect(outcome.code, `${depth} levels`).toBe(2);
      expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
      // Past the parser's own nesting guard the document is refused as it is read; below it, the tree limit refuses it.
      expect(outcome.stderr).toMatch(depth === 300 ? /folders nested 300 levels deep, deeper than 24 levels/ : /nests more than \d+ levels deep|folders nested .*deeper than \d+ levels/);
      expect((await readdir(dir)).sort()).toEqual(['deep.postman_collection.json']);
    }
  });

  it('refuses a 200,000-request import with exit 2 and one line, writing nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rt-huge-'));
    const item = Array.from({ length: 200_000 }, (_, i) => ({ name: `r${i}`, request: { method: 'GET', url: `http://127.0.0.1:1/r/${i}` } }));
    const file = path.join(dir, 'huge.postman_collection.json');
    await writeFile(file, JSON.stringify({ info: { name: 'Huge', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item }));
    const outcome = await runRoundtrip('import', file, '--out', path.join(dir, 'out'));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(/200,000 requests, more than the \d[\d,]* one collection may hold/);
    expect((await readdir(dir)).sort()).toEqual(['huge.postman_collection.json']);
  });
});
