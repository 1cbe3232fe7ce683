/**
 * Known dialect slips of common generators: keywords written in one OpenAPI/JSON Schema version's
 * form inside a document of another. They are named (with what they mean for requests) and reported
 * as warnings: the document is still usable and nothing is refused because of them.
 */
import type { Problem } from '../model/api-model';
import { childPointer } from './resolve-pointer';
import { asRecord, isRecord } from '../values/is-record';

export type SpecDialect = '2.0' | '3.0' | '3.1';

interface SlipFinding {
  readonly keyword?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

const BOUND_WORDS = { exclusiveMinimum: ['greater than', 'minimum'], exclusiveMaximum: ['less than', 'maximum'] } as const;

/**
 * The slip a validator finding stands for, described, or undefined when it is a real fault.
 * `value` is the document's value at the finding's place and `key` the last token of that place.
 */
export function describeSlip(finding: SlipFinding, value: unknown, dialect: SpecDialect, key: string): string | undefined {
  if (dialect !== '3.1' && finding.keyword === 'type' && (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'number') {
    const [comparison, inclusive] = BOUND_WORDS[key];
    return (
      `${key}: ${value} is a number, the JSON Schema 2020-12 (OpenAPI 3.1) form that FastAPI with pydantic 1 writes into ${dialect} documents, ` +
      `where ${key} is a boolean beside ${inclusive}. Treated as a JSON Schema 2020-12 bound: the request form and checks expect values ${comparison} ${value}. Nothing is blocked.`
    );
  }
  if (dialect !== '3.1' && finding.params?.['additionalProperty'] === 'examples' && key === 'examples') {
    return Array.isArray(value)
      ? `examples (a list) is JSON Schema 2020-12 (OpenAPI 3.1) wording; an OpenAPI ${dialect} schema takes one "example". Its first value is used as the example, as in 3.1. Nothing is blocked.`
      : `examples is JSON Schema 2020-12 (OpenAPI 3.1) wording; an OpenAPI ${dialect} schema takes one "example". It is not a list, so it is ignored. Nothing is blocked.`;
  }
  return undefined;
}

/** Slips the 3.1 meta-schema cannot see (it accepts any keyword in a schema): `nullable` and a non-list `examples`. */
export function documentSlips(document: unknown): Problem[] {
  const record = asRecord(document) ?? {};
  if (!String(record['openapi'] ?? '').startsWith('3.1')) return [];
  const found: Problem[] = [];
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (depth > 200 || found.length >= 200) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${pointer}/${index}`, depth + 1));
      return;
    }
    if (!isRecord(node)) return;
    const object = node;
    // A `properties` map is not a schema, whatever its properties are called.
    if (looksLikeSchema(object) && !pointer.endsWith('/properties')) {
      if (typeof object['nullable'] === 'boolean') {
        found.push({
          severity: 'warning',
          pointer: `${pointer}/nullable`,
          message: `nullable is OpenAPI 3.0; a 3.1 schema says null with type: [..., "null"]. Ignored here: null is not accepted unless "type" lists "null". Nothing is blocked.`,
        });
      }
      if ('examples' in object && !Array.isArray(object['examples'])) {
        found.push({
          severity: 'warning',
          pointer: `${pointer}/examples`,
          message: 'examples in a 3.1 schema is a list of values (JSON Schema 2020-12), not a map of named examples; it is ignored. Nothing is blocked.',
        });
      }
    }
    for (const [name, child] of Object.entries(object)) visit(child, childPointer(pointer, name), depth + 1);
  };
  visit(document, '#', 0);
  return found;
}

// Media types and parameters have `examples` maps of their own: only schema-shaped objects are judged.
function looksLikeSchema(object: Record<string, unknown>): boolean {
  return ['type', 'properties', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'format'].some((key) => key in object) && !('in' in object) && !('schema' in object);
}
