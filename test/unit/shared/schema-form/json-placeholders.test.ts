import { describe, expect, it } from 'vitest';
import { parseJsonWithVariables, stringifyWithVariables, variableOf, variablePaths, variableValue } from '../../../../shared/schema-form/json-placeholders';

describe('json-placeholders', () => {
  it('reads an unquoted {{name}} as a variable value and leaves quoted ones as strings', () => {
    const { value, error } = parseJsonWithVariables('{"count": {{n}}, "name": "{{who}}", "tags": [{{ first }}, 2]}');
    expect(error).toBeUndefined();
    expect(value).toEqual({ count: variableValue('{{n}}'), name: '{{who}}', tags: [variableValue('{{ first }}'), 2] });
    expect(variableOf((value as { count: unknown }).count)).toBe('{{n}}');
    expect(variableOf('{{who}}')).toBeUndefined();
  });

  it('leaves braces inside strings alone, escaped quotes included', () => {
    expect(parseJsonWithVariables('{"a": "say \\"{{x}}\\"", "b": {{y}}}').value).toEqual({ a: 'say "{{x}}"', b: variableValue('{{y}}') });
  });

  it('reports JSON\'s message for text broken in another way', () => {
    const parsed = parseJsonWithVariables('{"count": {{n}}, ');
    expect(parsed.value).toBeUndefined();
    expect(parsed.error).toMatch(/JSON/);
  });

  it('writes variables back unquoted and strings that read {{name}} quoted', () => {
    const text = stringifyWithVariables({ count: variableValue('{{n}}'), name: '{{who}}', list: [variableValue('{{m}}')] });
    expect(text).toBe('{\n  "count": {{n}},\n  "name": "{{who}}",\n  "list": [\n    {{m}}\n  ]\n}');
    expect(parseJsonWithVariables(text).value).toEqual({ count: variableValue('{{n}}'), name: '{{who}}', list: [variableValue('{{m}}')] });
  });

  it('finds the places that hold a variable', () => {
    expect(variablePaths({ a: variableValue('{{n}}'), b: [1, variableValue('{{m}}')], c: 'x' })).toEqual([['a'], ['b', 1]]);
  });
});
