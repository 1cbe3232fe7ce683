/**
 * Loads an OpenAPI document: read, parse, bundle external refs (through the guarded resolver),
 * normalize to the acyclic model the renderer receives, and validate. `openSpec` returns the
 * model as soon as it is normalized, with validation ready to start; `loadSpec` waits for it.
 * Nothing is half-loaded: any step before the model exists throws a UserFacingError.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { ApiModel, LoadedSpec, Problem, SpecOrigin, SpecOutline } from '../../../shared/model/api-model';
import { normalizeDocument, normalizeDocumentSteps, operationNormalizer } from '../../../shared/spec/normalize-document';
import { outlineDocument, outlineUnbundledDocument } from '../../../shared/spec/outline-document';
import { blockingProblems } from '../../../shared/spec/problem-causes';
import { UserFacingError } from '../app-error';
import { guardedRefOptions } from './guarded-refs';
import { parseSpecDocument } from './parse-spec-text';
import { addProblemLines } from './problem-lines';
import { DEFAULT_MAX_SPEC_BYTES, readSpecSource, type SpecSource, type SpecText } from './read-spec-source';
import { validateSpec } from './validate-spec';
import { isRecord } from '../../../shared/values/is-record';
import { combineProblems } from '../../../shared/spec/combine-problems';

export interface LoadSpecOptions {
  /** Refuse documents that fail validation instead of opening them with a Problems list. */
  readonly strict?: boolean;
  /** Cap on the document plus its referenced files, in bytes (default 50 MB). */
  readonly maxBytes?: number;
  /** Hosts external `$ref`s may reach besides the document's own ("*" for any). */
  readonly allowRefHosts?: readonly string[];
  /** Aborts reading, ref resolution and validation. */
  readonly signal?: AbortSignal;
  /**
   * Hears a large document's outline (its operation list) before the full model is normalized, so
   * the list can be shown early. Not called for documents under OUTLINE_MIN_CHARS: theirs would
   * arrive at about the same time as the model.
   */
  readonly onOutline?: (outline: SpecOutline) => void;
  /**
   * Hears, once the document is parsed and bundled, how to normalize one operation on its own (the
   * first click on a large document's list need not wait for the whole model). With it, the whole
   * model is normalized in slices that leave the event loop free in between, so the calls it makes
   * on messages are answered meanwhile.
   */
  readonly onOperations?: (normalizeOne: (opKey: string) => ApiModel | undefined, origin: SpecOrigin) => void;
}

/** How long normalization runs before it lets waiting messages in, when `onOperations` is set. */
const NORMALIZE_SLICE_MS = 8;

/** Documents from this size (in characters) get an outline ahead of their model: about 20 ms of normalizing. */
export const OUTLINE_MIN_CHARS = 1024 * 1024;

export interface OpenedSpec {
  /** The model with the normalizer's own problems; validation problems come from `validation`. */
  readonly spec: LoadedSpec;
  /**
   * Starts validation (once; later calls share the run) and gives its problems, with lines where
   * they could be mapped. Never rejects. Started on demand so that, on a busy machine, the first
   * paint of the list does not share the CPU with a validation nobody is waiting for yet.
   */
  readonly validation: () => Promise<Problem[]>;
  /** No external `$ref`s: the document's own file is all it is made of (so its mtime and size stamp it). */
  readonly selfContained: boolean;
}

/** Opens a document without waiting for validation: the model is usable at once. */
export async function openSpec(source: SpecSource, options: LoadSpecOptions = {}): Promise<OpenedSpec> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SPEC_BYTES;
  const signal = options.signal;
  const specText = await readSpecSource(source, { maxBytes, ...(signal === undefined ? {} : { signal }) });
  throwIfCancelled(signal, specText.origin.location);
  const location = specText.origin.location;
  const onOutline = specText.text.length >= OUTLINE_MIN_CHARS ? options.onOutline : undefined;
  let outlined = false;
  // The outline goes out as soon as the text is parsed: it walks only the paths, iteratively, so it needs
  // neither the nesting check of the whole document nor (usually) the other files of a multi-file one.
  const { value: parsed, externalRef } = parseSpecDocument(specText.text, location, onOutline && ((value) => {
    if (isRecord(value) && openApiProblem(value, location) === undefined) outlined = sendOutline(() => outlineUnbundledDocument(value), onOutline);
  }));
  assertOpenApi(parsed, location);
  // Most documents have no external refs and skip bundling entirely.
  const { bundled, missing } = externalRef ? await bundle(parsed, specText, options, maxBytes - specText.text.length) : { bundled: parsed, missing: [] };
  throwIfCancelled(signal, location);
  if (!outlined && onOutline !== undefined) sendOutline(() => outlineDocument(bundled), onOutline);
  let normalized;
  try {
    if (options.onOperations === undefined) normalized = normalizeDocument(bundled);
    else {
      options.onOperations(operationNormalizer(bundled), specText.origin);
      normalized = await normalizeInSlices(bundled);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('spec-unusable', `${location} could not be opened: ${message}`);
  }
  const text = specText.text;
  let started: Promise<Problem[]> | undefined;
  const validation = (): Promise<Problem[]> => {
    started ??= validateSpec(bundled)
      .then((problems) => addProblemLines(problems, text))
      .catch((error: unknown): Problem[] => [{ severity: 'warning', message: `Validation did not finish: ${error instanceof Error ? error.message : String(error)}` }]);
    return started;
  };
  const spec: LoadedSpec = { origin: specText.origin, model: normalized.model, problems: [...missing, ...addProblemLines(normalized.problems, text)] };
  return { spec, validation, selfContained: !externalRef };
}

/** Loads a document from a file, URL or text into the normalized model, waiting for validation. */
export async function loadSpec(source: SpecSource, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  const opened = await openSpec(source, options);
  const validation = await opened.validation();
  const location = opened.spec.origin.location;
  if (options.strict && blockingProblems(validation).length > 0) throw strictRefusal(location, blockingProblems(validation));
  return { ...opened.spec, problems: combineProblems(validation, opened.spec.problems) };
}

/** The error strict mode gives for a document with validation problems. */
export function strictRefusal(location: string, validation: readonly Problem[]): UserFacingError {
  return new UserFacingError(
    'spec-invalid',
    `${location} does not conform to the OpenAPI specification (${validation.length} problem${validation.length === 1 ? '' : 's'}); strict mode refuses it. First: ${describeProblem(validation[0])}`,
    validation,
  );
}

/** normalizeDocument, giving the event loop a turn every NORMALIZE_SLICE_MS. */
async function normalizeInSlices(doc: unknown): Promise<ReturnType<typeof normalizeDocument>> {
  const steps = normalizeDocumentSteps(doc);
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart < NORMALIZE_SLICE_MS) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  }
}

// The outline is a head start, never a reason to fail: whatever it trips on, the normalizer reports.
// True when an outline went out.
function sendOutline(make: () => SpecOutline | undefined, onOutline: (outline: SpecOutline) => void): boolean {
  try {
    const outline = make();
    if (outline !== undefined) onOutline(outline);
    return outline !== undefined;
  } catch {
    return false;
  }
}

function throwIfCancelled(signal: AbortSignal | undefined, location: string): void {
  if (signal?.aborted === true) throw new UserFacingError('spec-cancelled', `Loading ${location} was cancelled.`);
}

function assertOpenApi(parsed: unknown, location: string): asserts parsed is Record<string, unknown> {
  const problem = openApiProblem(parsed, location);
  if (problem !== undefined) throw problem;
}

/** Why `parsed` is not a document Roundtrip opens, or undefined when it is one. */
function openApiProblem(parsed: unknown, location: string): UserFacingError | undefined {
  if (!isRecord(parsed)) {
    return new UserFacingError('spec-not-openapi', `${location} is not an OpenAPI document: its top level is not an object.`);
  }
  const record = parsed;
  const version = record['openapi'] ?? record['swagger'];
  if (typeof version !== 'string' && typeof version !== 'number') {
    return new UserFacingError('spec-not-openapi', `${location} is not an OpenAPI document: it has no "openapi" or "swagger" version field.`);
  }
  const text = String(version);
  if (!/^(2\.0|3\.0\.\d+|3\.1\.\d+)/.test(text)) {
    return new UserFacingError('spec-unsupported-version', `${location} declares OpenAPI version ${text}; Roundtrip opens Swagger 2.0 and OpenAPI 3.0 and 3.1.`);
  }
  return undefined;
}

async function bundle(parsed: Record<string, unknown>, specText: SpecText, options: LoadSpecOptions, remainingBytes: number): Promise<{ bundled: Record<string, unknown>; missing: Problem[] }> {
  const guarded = guardedRefOptions({
    origin: specText.origin,
    base: specText.base,
    allowRefHosts: options.allowRefHosts ?? [],
    remainingBytes,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  try {
    // bundle() keeps internal $refs (so recursive schemas stay finite) and inlines external files.
    const bundled: unknown = await new SwaggerParser().bundle(specText.base ?? specText.origin.location, parsed as never, {
      resolve: guarded.resolve,
      parse: guarded.parse,
    } as never);
    return { bundled: isRecord(bundled) ? bundled : parsed, missing: guarded.missing };
  } catch (error) {
    const refused = guarded.refused();
    if (refused) throw refused;
    if (error instanceof UserFacingError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('spec-refs', `${specText.origin.location} has a reference that could not be resolved: ${message}. Fix the $ref or open the document from its folder or URL.`);
  }
}

function describeProblem(problem: Problem | undefined): string {
  if (!problem) return '';
  const where = problem.line === undefined ? '' : ` (line ${problem.line})`;
  return problem.pointer ? `${problem.pointer}${where}: ${problem.message}` : problem.message;
}
