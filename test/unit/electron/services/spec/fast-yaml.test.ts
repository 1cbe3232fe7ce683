import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastYamlValue } from '../../../../../electron/services/spec/fast-yaml';

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(name) ? [file] : [];
  });
}

// The reference: what parse-spec-text.ts builds with the `yaml` package.
function reference(text: string): unknown {
  return parseDocument(text, { uniqueKeys: false }).toJS({ maxAliasCount: 100 }) as unknown;
}

const SCALARS = `
ints: [12, +12, -3, 012, 0o14, 0x1A, 1_000, 0b101, 99999999999999999999]
floats: [1.5, -0.25, .5, 1., 1e3, 2.5E-2, .inf, -.Inf, +.INF, .nan, 1_0.5]
bools: [true, True, TRUE, false, False, FALSE, yes, no, on, off, y, n]
nulls: [~, null, Null, NULL, nil]
other: [2020-01-01, 2001-12-14t21:59:43.10-05:00, 1:20, 0777, "12", '1.5', 12abc, 0x, 0o8, +.5, -.nan]
keys: {200: ok, 1.0: one, true: t, .inf: i, 0x10: sixteen}
repeated: {a: 1, a: 2}
__proto__: {polluted: true}
block: |
  line one
  %not a directive inside a block
folded: >-
  a & b
`;

describe('fast-yaml', () => {
  it('gives the same value as the yaml package for every YAML fixture and @readme/oas-examples document', () => {
    const files = [...yamlFiles(path.resolve('test/fixtures')), ...yamlFiles(path.resolve('node_modules/@readme/oas-examples'))];
    expect(files.length).toBeGreaterThan(50);
    let fast = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const value = fastYamlValue(text);
      if (value === undefined) continue;
      fast += 1;
      expect(value, file).toEqual(reference(text));
    }
    // Most take the fast path (the rest have anchors or do not parse).
    expect(fast).toBeGreaterThan(files.length / 2);
    // Parses every fixture twice: seconds of work when the machine's two cores are shared.
  }, 60_000);

  it('resolves plain scalars exactly as YAML 1.2 core does in the yaml package, keys and repeated keys included', () => {
    const value = fastYamlValue(SCALARS);
    expect(value).toBeDefined();
    expect(value).toEqual(reference(SCALARS));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('leaves anchors, directives, tags, several documents and syntax errors to the yaml package', () => {
    const bomb = ['a: &a [x, x]', 'b: &b [*a, *a]', 'c: &c [*b, *b]', 'd: [*c, *c]'].join('\n');
    expect(fastYamlValue(bomb)).toBeUndefined();
    expect(fastYamlValue('%YAML 1.1\n---\na: yes\n')).toBeUndefined();
    expect(fastYamlValue('a: !!binary aGVsbG8=\n')).toBeUndefined();
    expect(fastYamlValue('a: 1\n---\nb: 2\n')).toBeUndefined();
    expect(fastYamlValue('a: [1, 2\nb: 3\n')).toBeUndefined();
    expect(fastYamlValue('a: *nowhere\n')).toBeUndefined();
    // Keys `yaml` and js-yaml stringify differently.
    for (const keys of ['null: 1\n', 'a:\n  ~: 1\n', '? [a, b]\n: 1\n', '[a, b]: 1\n', '- {a: 1}: 2\n', 'x: {[a]: 1}\n', 'x: {b: 1, {c: 2}: 3}\n']) {
      expect(fastYamlValue(keys), keys).toBeUndefined();
      expect(() => reference(keys)).not.toThrow();
    }
  });
});
