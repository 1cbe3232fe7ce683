/**
 * Reads a collection's spec for a run, by the one rule of shared/runner/run-spec-failure.ts: a spec
 * that could not be read lets the run go on with a notice; a broken one stops it when an
 * assertion needs it. `roundtrip run` and the app's Runner both call this.
 */
import path from 'node:path';
import type { ApiModel } from '../../../shared/model/api-model';
import type { RunReport } from '../../../shared/runner/run-result';
import { brokenSpecMessage, isSpecUrl, specFailureKind, unreadableSpecLine, unreadableSpecNotice, unreadableSpecReason, type SpecFailure, type UnreadableSpecNotice } from '../../../shared/runner/run-spec-failure';
import { UserFacingError } from '../app-error';
import type { RunInput } from './load-run-input';

/** The collection's spec for a run, or why the run goes on without it. */
export interface RunSpec {
  readonly model?: ApiModel;
  /** Set when the document could not be fetched or opened (the API is down, the file is gone). */
  readonly unreadable?: UnreadableSpecNotice;
}

/**
 * The spec a run needs, if any step needs one: for "conforms" and "idempotent" assertions, or for
 * the implicit status check of a linked request without assertions. Throws a UserFacingError (with
 * the loader's code) when the spec is broken and an assertion needs it; a broken spec that only
 * refines implicit checks leaves them at "2xx or 3xx".
 */
export async function readRunSpec(input: RunInput): Promise<RunSpec> {
  if (input.specSource === undefined) return {};
  const required = specRequired(input);
  const helpful = input.plan.steps.some((step) => step.assertions.length === 0 && step.request.operation !== undefined);
  if (!required && !helpful) return {};
  const source = input.specSource;
  try {
    // The spec loader (swagger-parser, ajv, yaml) is imported only by runs that use a document: a run
    // without one would otherwise parse and compile those libraries while its first requests go out.
    const { loadSpec } = await import('../spec/load-spec');
    const loaded = await (isSpecUrl(source) ? loadSpec({ kind: 'url', url: source }) : loadSpec({ kind: 'file', path: path.resolve(input.collectionDir, source) }));
    return { model: loaded.model };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (specLoadFailure(error) === 'unreadable') return { unreadable: unreadableSpecNotice(source, why) };
    if (!required) return {};
    throw new UserFacingError(error instanceof UserFacingError ? error.code : 'spec-unusable', brokenSpecMessage(source, why), error instanceof UserFacingError ? error.details : undefined);
  }
}

/** How loading a spec failed: only a UserFacingError whose code names a network or file failure is "unreadable". */
export function specLoadFailure(error: unknown): SpecFailure {
  return error instanceof UserFacingError ? specFailureKind(error.code) : 'broken';
}

/** The run's options for a spec that could not be read: the reason "conforms" and "idempotent" fail with. */
export function unreadableSpecOptions(spec: RunSpec): { specUnreadable?: string } {
  return spec.unreadable === undefined ? {} : { specUnreadable: unreadableSpecReason(spec.unreadable) };
}

/** `report` with the notice of a spec that could not be read, for every reporter and the app to say first. */
export function withSpecNotice(report: RunReport, spec: RunSpec): RunReport {
  if (spec.unreadable === undefined) return report;
  return { ...report, warnings: [...(report.warnings ?? []), unreadableSpecLine(spec.unreadable)], specUnreadable: spec.unreadable };
}

/** True when an assertion of the run ("conforms", "idempotent") cannot be judged without the spec. */
function specRequired(input: RunInput): boolean {
  return input.plan.steps.some((step) => step.assertions.some((a) => a.type === 'conforms' || a.type === 'idempotent'));
}
