import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, parseSpecText } from '../../../../../electron/services/spec/parse-spec-text';
import { UserFacingError } from '../../../../../electron/services/app-error';

function errorOf(run: () => unknown): UserFacingError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

describe('parse-spec-text', () => {
  it('parses JSON and YAML documents', () => {
    expect(parseSpecText('{"openapi":"3.0.0"}', 'a.json')).toEqual({ openapi: '3.0.0' });
    expect(parseSpecText('openapi: 3.1.0\ninfo:\n  title: T\n', 'a.yaml')).toEqual({ openapi: '3.1.0', info: { title: 'T' } });
  });

  it('names the line and column of a JSON syntax error', () => {
    const error = errorOf(() => parseSpecText('{\n  "a": 1,\n  "b": ,\n}', 'bad.json'));
    expect(error.code).toBe('spec-syntax');
    expect(error.message).toMatch(/^bad\.json is not valid JSON at line 3, column \d+/);
  });

  it('names the line and column of a YAML syntax error', () => {
    const error = errorOf(() => parseSpecText('openapi: 3.1.0\npaths:\n  /a:\n    get: [unclosed\n', 'bad.yaml'));
    expect(error.code).toBe('spec-syntax');
    expect(error.message).toMatch(/^bad\.yaml is not valid YAML at line \d+, column \d+/);
  });

  it('refuses an empty document with a clear message', () => {
    expect(errorOf(() => parseSpecText('  \n', 'empty.yaml')).message).toBe('empty.yaml is empty: there is no OpenAPI document to open.');
  });

  it('stops YAML alias bombs instead of expanding them', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    expect(errorOf(() => parseSpecText(bomb, 'bomb.yaml')).code).toBe('spec-syntax');
  });

  it('computes the line and column where JSON breaks', () => {
    expect(jsonErrorPosition('{\n  "a": x')).toEqual({ line: 2, column: 8 });
    expect(jsonErrorPosition('{}')).toBeUndefined();
  });
});
