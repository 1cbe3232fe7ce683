import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The page's start-up is part of every first paint: libraries that only some screens need load with
// them. Each is recognised in the built chunks by a name its code keeps through minification.
const LAZY_LIBRARIES = [
  ['zod (the runner schemas, for the Tests tab and the Runner)', 'ZodError'],
  ['acorn (Postman scripts, for imports)', 'ecmaVersion'],
  ['micromark (Markdown descriptions)', 'attentionSequence'],
] as const;

describe('the page start-up bundle', () => {
  it('leaves zod, acorn and micromark out of what index.html loads, in chunks of their own', async () => {
    const dir = path.resolve('dist/renderer');
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const atStart = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    expect(atStart.length).toBeGreaterThan(0);
    const startCode = (await Promise.all(atStart.map((file) => readFile(path.join(dir, file), 'utf8')))).join('\n');
    const chunks = (await readdir(path.join(dir, 'assets'))).filter((file) => file.endsWith('.js') && !atStart.includes(`assets/${file}`));
    const lazyCode = (await Promise.all(chunks.map((file) => readFile(path.join(dir, 'assets', file), 'utf8')))).join('\n');
    for (const [library, marker] of LAZY_LIBRARIES) {
      expect(startCode.includes(marker), `${library} is in the start-up bundle`).toBe(false);
      expect(lazyCode.includes(marker), `${library} is in no chunk: its marker no longer tells it`).toBe(true);
    }
  });
});
