/** The value a body field's "Fill example" puts in: what the field's own schema states as example or default. */
import { statedExample } from '../schema/example-from-schema';
import { resolveNode, type Defs } from './resolve-node';
import { isRecord } from '../values/is-record';

/**
 * The example or default stated for a field: on its schema itself (a property's own `default` beside a
 * `$ref`, as pydantic writes it), else on the definition it refers to. Undefined when neither states one:
 * an invented value ("string") is no example worth filling in.
 */
export function fieldExample(schema: unknown, defs: Defs): { readonly value: unknown } | undefined {
  if (!isRecord(schema)) return undefined;
  return statedExample(schema) ?? statedExample(resolveNode(schema, defs).schema);
}
