import { describe, it, expect } from 'vitest';
import { problemLines } from '../../../../shared/schema-form/problem-lines';
import { validateJson } from '../../../../shared/schema-form/validate-json';

describe('problem-lines', () => {
  it('finds the line of each problem in the raw text', () => {
    const schema = { type: 'object', required: ['name'], properties: { lines: { type: 'array', items: { type: 'object', properties: { quantity: { type: 'integer', maximum: 100 } } } } } };
    const text = JSON.stringify({ lines: [{ quantity: 1 }, { quantity: 500 }] }, null, 2);
    const problems = problemLines(text, validateJson(schema, JSON.parse(text), {}));
    expect(problems.map((p) => [p.at, p.line])).toEqual([
      ['$', 1],
      ['$.lines[1].quantity', 7],
    ]);
  });
});
