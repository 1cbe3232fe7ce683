/** Reads the hand-written exports of other tools in test/fixtures/importers. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const IMPORTER_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/importers');

/** The text of one fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(IMPORTER_FIXTURES, name), 'utf8');
}

/** Every file under a fixture folder, with paths relative to it ("/" separated). */
export function fixtureFolder(name: string): { path: string; text: string }[] {
  const root = path.join(IMPORTER_FIXTURES, name);
  const walk = (dir: string): { path: string; text: string }[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : [{ path: path.relative(root, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }];
    });
  return walk(root);
}
