/** What a parameter field shows besides its value: format, style, default and examples, as display text. */
import type { JsonSchema, ParameterModel } from '../../../shared/model/api-model';
import { effectiveExplode, effectiveStyle } from '../../../shared/request/serialize-parameter';
import { validateParamValue } from '../../../shared/request/validate-param-value';

export interface ParamExampleChoice {
  readonly label: string;
  readonly text: string;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(asText).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as number | boolean);
}

/** The schema's format ("date-time", "int64"), or the item format of an array. */
export function paramFormat(param: ParameterModel): string | undefined {
  const format = param.schema['format'];
  if (typeof format === 'string') return format;
  const items = param.schema['items'];
  if (typeof items === 'object' && items !== null && 'format' in items && typeof items.format === 'string') return `items: ${items.format}`;
  return undefined;
}

/** "form, exploded" when the parameter is an array or object and its serialization matters; content params say their media type. */
export function paramStyleNote(param: ParameterModel): string | undefined {
  if (param.contentMediaType !== undefined) return `as ${param.contentMediaType}`;
  const type = param.schemaType.split(' | ');
  if (!type.includes('array') && !type.includes('object') && param.style === undefined) return undefined;
  const options = { name: param.name, in: param.in, style: param.style, explode: param.explode };
  const notes = [effectiveStyle(options), effectiveExplode(options) ? 'exploded' : undefined, param.allowReserved === true ? 'reserved kept' : undefined];
  return notes.filter((n): n is string => n !== undefined).join(', ');
}

/** The document's default as field text, if it has one. */
export function paramDefaultText(param: ParameterModel): string | undefined {
  const text = asText(param.schema['default']);
  return text === '' ? undefined : text;
}

/** Examples to pick from: the parameter's named examples, else schema `examples` when there are several. */
export function paramExampleChoices(param: ParameterModel): ParamExampleChoice[] {
  if (param.examples !== undefined && param.examples.length > 1) {
    return param.examples.map((e) => ({ label: e.summary ?? e.name, text: asText(e.value) }));
  }
  const schemaExamples = param.schema['examples'];
  if (Array.isArray(schemaExamples) && schemaExamples.length > 1) return schemaExamples.map((e: unknown) => ({ label: asText(e), text: asText(e) }));
  return [];
}

/**
 * Problems of a typed value, shown while typing ("Must be at most 10."); none for an empty field or a {{variable}}.
 * `defs` resolves `$ref`s, as Send does: FastAPI writes an array of an enum with its items as one.
 */
export function liveProblems(param: ParameterModel, value: string, defs: Readonly<Record<string, JsonSchema>> = {}): string[] {
  if (value === '' || value.includes('{{') || param.contentMediaType !== undefined) return [];
  const type = param.schemaType.split(' | ');
  if (type.includes('object')) return [];
  return validateParamValue(param.schema, value, defs).map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}.`);
}
