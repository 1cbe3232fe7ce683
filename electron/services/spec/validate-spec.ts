/** Runs swagger-parser's schema and spec validation and turns its findings into Problems. */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { Problem } from '../../../shared/model/api-model';
import { problemCauses, type ValidationFinding } from '../../../shared/spec/problem-causes';
import { isOpenApi3, validateOpenApi3 } from './validate-openapi3';
import { asRecord } from '../../../shared/values/is-record';

/** Validates a bundled document; an empty list means it conforms. Never throws. */
export async function validateSpec(bundled: object): Promise<Problem[]> {
  try {
    if (isOpenApi3(bundled)) return validateOpenApi3(bundled);
    // validate() dereferences in place: give it a copy so the caller's document keeps its $refs.
    await new SwaggerParser().validate(structuredClone(bundled) as never, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
    });
    return problemCauses([], bundled);
  } catch (error) {
    return problemsFrom(error, bundled);
  }
}

function problemsFrom(error: unknown, bundled: object): Problem[] {
  const details = asRecord(error)?.details;
  if (Array.isArray(details) && details.length > 0) return problemCauses(details as ValidationFinding[], bundled);
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('Maximum dereference depth')) {
    // Not the document's fault: the validator gives up on long chains of schemas that refer to each other.
    return [{ severity: 'warning', message: 'Full validation stopped early: schemas refer to each other in chains deeper than the validator follows (500 levels). The operations are listed as usual; check the schemas with another validator if needed.' }];
  }
  return [{ severity: 'error', message: message.replace(/^Validation failed\.\s*/, '') }];
}
