/** Runs swagger-parser's schema and spec validation and turns its findings into Problems. */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { Problem } from '../../../shared/model/api-model';

interface AjvFinding {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

const MAX_PROBLEMS = 200;

/** Validates a bundled document; an empty list means it conforms. Never throws. */
export async function validateSpec(bundled: object): Promise<Problem[]> {
  try {
    // validate() dereferences in place: give it a copy so the caller's document keeps its $refs.
    await new SwaggerParser().validate(structuredClone(bundled) as never, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
    });
    return [];
  } catch (error) {
    return problemsFrom(error);
  }
}

function problemsFrom(error: unknown): Problem[] {
  const details = (error as { details?: unknown }).details;
  if (Array.isArray(details) && details.length > 0) {
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const finding of details as AjvFinding[]) {
      const pointer = `#${finding.instancePath ?? ''}`;
      const message = describeFinding(finding);
      const key = `${pointer} ${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ severity: 'error', message, pointer });
      if (problems.length >= MAX_PROBLEMS) break;
    }
    return problems;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('Maximum dereference depth')) {
    // Not the document's fault: the validator gives up on long chains of schemas that refer to each other.
    return [{ severity: 'warning', message: 'Full validation stopped early: schemas refer to each other in chains deeper than the validator follows (500 levels). The operations are listed as usual; check the schemas with another validator if needed.' }];
  }
  return [{ severity: 'error', message: message.replace(/^Validation failed\.\s*/, '') }];
}

function describeFinding(finding: AjvFinding): string {
  const extra = finding.params?.['additionalProperty'];
  const base = finding.message ?? 'is invalid';
  return typeof extra === 'string' ? `${base}: "${extra}"` : base;
}
