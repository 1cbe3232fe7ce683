/** What `roundtrip inspect` prints: a stable JSON report (`--json`) or a readable table. */
import type { ApiModel, OperationModel, Problem } from '../model/api-model';
import type { IdempotencyClass } from '../idempotency/idempotency-class';
import { describeOperationIdempotency } from '../idempotency/describe-operation';

export interface InspectParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly type: string;
}

export interface InspectOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | null;
  readonly summary: string | null;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  readonly idempotency: IdempotencyClass;
  /** The idempotency-key header the operation accepts, or null: `{"header": "Idempotency-Key", "required": false}`. */
  readonly idempotencyKey: { readonly header: string; readonly required: boolean } | null;
  readonly parameters: readonly InspectParameter[];
  readonly requestBody: { readonly required: boolean; readonly mediaTypes: readonly string[] } | null;
  readonly responses: readonly string[];
}

/** One problem validation or opening found, one per cause. */
export interface InspectProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** JSON pointer into the document, or null when the problem has no place. */
  readonly pointer: string | null;
  readonly line: number | null;
}

/** The shape of `roundtrip inspect --json`: every field is always present, absent strings are null. */
export interface InspectReport {
  readonly openapi: string;
  readonly title: string;
  readonly version: string;
  readonly servers: readonly string[];
  readonly operations: readonly InspectOperation[];
  readonly problems: readonly InspectProblem[];
}

function inspectOperation(op: OperationModel): InspectOperation {
  return {
    method: op.method,
    path: op.path,
    operationId: op.operationId ?? null,
    summary: op.summary ?? null,
    tags: [...op.tags],
    deprecated: op.deprecated,
    idempotency: op.idempotency,
    idempotencyKey: op.idempotencyKey === undefined ? null : { header: op.idempotencyKey.header, required: op.idempotencyKey.required },
    parameters: op.parameters.map((p) => ({ name: p.name, in: p.in, required: p.required, type: p.schemaType })),
    requestBody:
      op.requestBody === undefined
        ? null
        : { required: op.requestBody.required, mediaTypes: op.requestBody.content.map((c) => c.mediaType) },
    responses: op.responses.map((r) => r.status),
  };
}

/** The stable JSON report of a model and the problems found in its document, for scripts and CI. */
export function inspectReport(model: ApiModel, problems: readonly Problem[] = []): InspectReport {
  return {
    openapi: model.specVersion,
    title: model.title,
    version: model.version,
    servers: model.servers.map((s) => s.url),
    operations: model.operations.map(inspectOperation),
    problems: problems.map((p) => ({ severity: p.severity, message: p.message, pointer: p.pointer ?? null, line: p.line ?? null })),
  };
}

/** How many problems the table's footer lists; --json lists them all. */
export const LISTED_PROBLEMS = 20;

/**
 * The problems under the table, one per line, errors first, each with its place:
 * `error    #/paths/~1y/post/parameters/0/in (line 3): must be one of ...`.
 */
export function problemLines(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return [];
  const errors = problems.filter((p) => p.severity === 'error');
  const ordered = [...errors, ...problems.filter((p) => p.severity !== 'error')];
  const counts = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${problems.length - errors.length} warning${problems.length - errors.length === 1 ? '' : 's'}`;
  const head = errors.length > 0 ? `${problems.length} problem${problems.length === 1 ? '' : 's'} found while validating (${counts}); --strict refuses documents with errors:` : `${problems.length} warning${problems.length === 1 ? '' : 's'} found while validating; --strict accepts the document:`;
  const listed = ordered.slice(0, LISTED_PROBLEMS).map((p) => `  ${p.severity.padEnd(8)}${p.pointer ?? '(document)'}${p.line === undefined ? '' : ` (line ${p.line})`}: ${oneLine(p.message)}`);
  const more = ordered.length > LISTED_PROBLEMS ? [`  ... and ${ordered.length - LISTED_PROBLEMS} more: --json lists them all.`] : [];
  return [head, ...listed, ...more];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A fixed-width table, one operation per line, under a title line that gives the operation count. */
export function inspectTable(model: ApiModel): string {
  const kind = model.specVersion.startsWith('2') ? 'Swagger' : 'OpenAPI';
  const count = model.operations.length;
  const title = oneLine(`${model.title} ${model.version}`);
  const header = `${title} (${kind} ${model.specVersion}): ${count} operation${count === 1 ? '' : 's'}`;
  const rows = model.operations.map((op) => [
    op.method,
    op.path,
    describeOperationIdempotency(op).mark,
    oneLine(`${op.deprecated ? '[deprecated] ' : ''}${op.summary ?? op.operationId ?? ''}`),
  ]);
  const columns = ['METHOD', 'PATH', 'IDEMPOTENCY', 'SUMMARY'];
  const widths = columns.map((name, i) => Math.max(name.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [header, '', format(columns), ...rows.map(format)].join('\n');
}
