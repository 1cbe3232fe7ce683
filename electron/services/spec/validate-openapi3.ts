/**
 * Validates an OpenAPI 3.x document as it is bundled, `$ref`s kept. swagger-parser's validate()
 * first dereferences a copy, then runs the meta-schema over the expanded graph; for 3.x documents
 * its other checks do nothing, so the copy and the dereferencing (most of the time on a large
 * document) only served to find `$ref`s that point at nothing. Those are found by a walk instead,
 * and each finding is about the place where it is written.
 */
import validateSchema from '@apidevtools/swagger-parser/lib/validators/schema.js';
import type { Problem } from '../../../shared/model/api-model';
import { danglingRefs } from '../../../shared/spec/dangling-refs';
import { problemCauses, type ValidationFinding } from '../../../shared/spec/problem-causes';
import { asRecord, isRecord } from '../../../shared/values/is-record';

/** True for the documents validateOpenApi3 handles: OpenAPI 3.0 and 3.1. */
export function isOpenApi3(document: object): boolean {
  return isRecord(document) && typeof document['openapi'] === 'string';
}

/** The problems of an OpenAPI 3.x document, grouped by cause; does not change `document`. */
export function validateOpenApi3(document: object): Problem[] {
  const dangling = danglingRefs(document);
  try {
    validateSchema(document);
    return [...dangling, ...problemCauses([], document)];
  } catch (error) {
    const details = asRecord(error)?.details;
    if (!Array.isArray(details)) throw error;
    return [...dangling, ...problemCauses(details as ValidationFinding[], document)];
  }
}
