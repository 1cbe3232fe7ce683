/**
 * What a url-encoded or multipart field starts holding: the value the document states for it (its
 * example, default, const or first enum value, or the media type's example), never one made up from
 * its type. A made-up "string" in a field is sent as it is (`username=string`); left empty, the made-up
 * value is only the field's placeholder, as for query parameters.
 */
import type { MediaTypeModel } from '../model/api-model';
import { statedExample } from '../schema/example-from-schema';
import { resolveNode, type Defs } from '../schema-form/resolve-node';
import { asRecord } from '../values/is-record';

/** `example` (a form body's example object) with each field the document gives no value for set to "". */
export function formFieldStarts(example: unknown, media: Pick<MediaTypeModel, 'schema' | 'example' | 'examples'>, defs: Defs): unknown {
  const fields = asRecord(example);
  if (fields === undefined || media.example !== undefined || media.examples.length > 0) return example;
  const properties = asRecord(resolveNode(media.schema, defs).schema.properties) ?? {};
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, typeof value === 'string' && !isStated(properties[name], defs) ? '' : value]));
}

function isStated(property: unknown, defs: Defs): boolean {
  const schema = resolveNode(property, defs).schema;
  return statedExample(schema) !== undefined || schema.const !== undefined || (Array.isArray(schema.enum) && schema.enum.length > 0);
}
