/**
 * Loads an OpenAPI document end to end: read, parse, bundle external refs, validate,
 * then normalize to the acyclic model the renderer receives. Nothing is half-loaded:
 * any step that cannot finish throws a UserFacingError and returns no model.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { LoadedSpec, Problem } from '../../../shared/model/api-model';
import { normalizeDocument } from '../../../shared/spec/normalize-document';
import { UserFacingError } from '../app-error';
import { parseSpecText } from './parse-spec-text';
import { readSpecSource, type SpecSource, type SpecText } from './read-spec-source';
import { validateSpec } from './validate-spec';

export interface LoadSpecOptions {
  /** Refuse documents that fail validation instead of opening them with a Problems list. */
  readonly strict?: boolean;
}

/** Loads a document from a file, URL or text into the normalized model. */
export async function loadSpec(source: SpecSource, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  const specText = await readSpecSource(source);
  const location = specText.origin.location;
  const parsed = parseSpecText(specText.text, location);
  assertOpenApi(parsed, location);
  const bundled = await bundle(parsed, specText);
  const validation = await validateSpec(bundled);
  if (options.strict && validation.length > 0) {
    throw new UserFacingError(
      'spec-invalid',
      `${location} does not conform to the OpenAPI specification (${validation.length} problem${validation.length === 1 ? '' : 's'}); strict mode refuses it. First: ${describeProblem(validation[0])}`,
      validation,
    );
  }
  let normalized;
  try {
    normalized = normalizeDocument(bundled);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('spec-unusable', `${location} could not be opened: ${message}`);
  }
  const problems: Problem[] = [...validation, ...normalized.problems];
  return { origin: specText.origin, model: normalized.model, problems };
}

function assertOpenApi(parsed: unknown, location: string): asserts parsed is Record<string, unknown> {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UserFacingError('spec-not-openapi', `${location} is not an OpenAPI document: its top level is not an object.`);
  }
  const record = parsed as Record<string, unknown>;
  const version = record['openapi'] ?? record['swagger'];
  if (typeof version !== 'string' && typeof version !== 'number') {
    throw new UserFacingError('spec-not-openapi', `${location} is not an OpenAPI document: it has no "openapi" or "swagger" version field.`);
  }
  const text = String(version);
  if (!/^(2\.0|3\.0\.\d+|3\.1\.\d+)/.test(text)) {
    throw new UserFacingError('spec-unsupported-version', `${location} declares OpenAPI version ${text}; Roundtrip opens Swagger 2.0 and OpenAPI 3.0 and 3.1.`);
  }
}

async function bundle(parsed: Record<string, unknown>, specText: SpecText): Promise<object> {
  const fromUrl = specText.origin.kind === 'url';
  try {
    // bundle() keeps internal $refs (so recursive schemas stay finite) and inlines external files.
    return await new SwaggerParser().bundle(specText.base ?? specText.origin.location, parsed as never, {
      resolve: {
        external: specText.base !== undefined,
        file: specText.origin.kind === 'file' ? undefined : false,
        http: fromUrl ? { timeout: 30_000 } : false,
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('spec-refs', `${specText.origin.location} has a reference that could not be resolved: ${message}. Fix the $ref or open the document from its folder or URL.`);
  }
}

function describeProblem(problem: Problem | undefined): string {
  if (!problem) return '';
  return problem.pointer ? `${problem.pointer}: ${problem.message}` : problem.message;
}
