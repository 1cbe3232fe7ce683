/**
 * The value a request body starts from, for the operation form and for a request imported from the
 * document alike: the example cut to its required properties (a PATCH starts empty, so only what the
 * person sets is sent), and a url-encoded or multipart field the document gives no value for empty.
 * A PUT or PATCH changes something that exists: its JSON body keeps only what the document states
 * (const, example, default), so a careless Send cannot rename a real resource "string".
 */
import type { HttpMethod, JsonSchema, MediaTypeModel } from '../model/api-model';
import { exampleForMediaType } from '../schema/example-from-schema';
import { requiredPart } from '../schema-form/example-parts';
import { isJsonMediaType } from './build-request';
import { formFieldStarts } from './form-field-starts';

const FORM_FIELDS = /^application\/x-www-form-urlencoded\b|^multipart\/form-data\b/i;
const CUT_TO_REQUIRED = /[/+]json\b|^application\/x-www-form-urlencoded\b|^multipart\/form-data\b/i;
/** Methods whose body changes a resource that already holds real values. */
const CHANGES_EXISTING: ReadonlySet<HttpMethod> = new Set(['PUT', 'PATCH']);

/** The starting value of a body of `media` sent with `method` (undefined when the document gives nothing to start from). */
export function bodyStart(media: MediaTypeModel, defs: Readonly<Record<string, JsonSchema>>, method: HttpMethod): unknown {
  // A $ref to nothing gives no value to start from (not a "null" nobody wrote).
  if (typeof media.schema?.$ref === 'string' && defs[media.schema.$ref] === undefined && media.example === undefined && media.examples.length === 0) return undefined;
  const whole = exampleForMediaType(media, defs, CHANGES_EXISTING.has(method) && isJsonMediaType(media.mediaType));
  const cut = media.schema !== undefined && CUT_TO_REQUIRED.test(media.mediaType) ? requiredPart(whole, media.schema, defs) : whole;
  return FORM_FIELDS.test(media.mediaType) ? formFieldStarts(cut, media, defs) : cut;
}
