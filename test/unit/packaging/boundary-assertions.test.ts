import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps `as` off what crosses IPC or comes from a file (eslint.config.js).
async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
}

describe('boundary-assertions', () => {
  it('refuses a type assertion on JSON.parse, on an event payload and on workerData in the app\'s code', async () => {
    const code = [
      "import { workerData } from 'node:worker_threads';",
      "declare const text: string;",
      "declare const event: { payload: unknown };",
      "export const a = JSON.parse(text) as { id: string };",
      "export const b = JSON.parse(text) as unknown as { id: string };",
      "export const c = event.payload as { path: string };",
      "export const d = workerData as { file: string };",
      "export const fine: unknown = JSON.parse(text) as unknown;",
      '',
    ].join('\n');
    for (const file of ['electron/services/example.ts', 'shared/example.ts', 'renderer/lib/example.ts']) {
      const found = await messages(code, file);
      expect(found).toHaveLength(4);
      expect(found[0]).toMatch(/^Check what JSON\.parse gives/);
      expect(found[2]).toMatch(/^An event payload is typed by its name/);
    }
    // ESLint loads the whole typed config first.
  }, 60_000);

  it('refuses asserting a keyed object type where isRecord should check it', async () => {
    const code = [
      "declare const value: unknown;",
      "export const a = value as Record<string, unknown>;",
      "export const b = value as Readonly<Record<string, unknown>>;",
      "export const c = value as { [key: string]: unknown };",
      "export const d = <Record<string, unknown>>value;",
      "export const fine = value as Record<string, string>;",
      '',
    ].join('\n');
    for (const file of ['electron/services/example.ts', 'shared/example.ts', 'renderer/lib/example.ts']) {
      const found = await messages(code, file);
      expect(found).toHaveLength(4);
      for (const message of found) expect(message).toMatch(/isRecord or asRecord \(shared\/values\/is-record\.ts\)/);
    }
  }, 60_000);

  it("refuses asserting the shape of a caught error, where errorCode or a check reads it", async () => {
    const code = [
      "declare const error: unknown;",
      "export const a = (error as { code?: string }).code;",
      "export const b = (error as { code?: unknown } | null)?.code;",
      "export const c = (error as NodeJS.ErrnoException).code;",
      "export const d = (error as { details?: unknown }).details;",
      "export const fine = error instanceof Error ? error.message : String(error);",
      '',
    ].join('\n');
    for (const file of ['electron/services/example.ts', 'shared/example.ts', 'renderer/lib/example.ts']) {
      const found = await messages(code, file);
      expect(found).toHaveLength(4);
      for (const message of found) expect(message).toMatch(/errorCode \(shared\/values\/error-code\.ts\)/);
    }
  }, 60_000);
});
