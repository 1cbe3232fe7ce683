/**
 * The value a request body starts from, for the operation form and for a request imported from the
 * document alike: the example cut to its required properties (a PATCH starts empty, so only what the
 * person sets is sent), and a url-encoded or multipart field the document gives no value for empty.
 */
import type { JsonSchema, MediaTypeModel } from '../model/api-model';
import { exampleForMediaType } from '../schema/example-from-schema';
import { requiredPart } from '../schema-form/example-parts';
import { formFieldStarts } from './form-field-starts';

const FORM_FIELDS = /^application\/x-www-form-urlencoded\b|^multipart\/form-data\b/i;
const CUT_TO_REQUIRED = /[/+]json\b|^application\/x-www-form-urlencoded\b|^multipart\/form-data\b/i;

/** The starting value of a body of `media` (undefined when the document gives nothing to start from). */
export function bodyStart(media: MediaTypeModel, defs: Readonly<Record<string, JsonSchema>>): unknown {
  const whole = exampleForMediaType(media, defs);
  const cut = media.schema !== undefined && CUT_TO_REQUIRED.test(media.mediaType) ? requiredPart(whole, media.schema, defs) : whole;
  return FORM_FIELDS.test(media.mediaType) ? formFieldStarts(cut, media, defs) : cut;
}
