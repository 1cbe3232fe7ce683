/** What `roundtrip inspect` prints: a stable JSON report (`--json`) or a readable table. */
import type { ApiModel, OperationModel } from '../model/api-model';
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

/** The shape of `roundtrip inspect --json`: every field is always present, absent strings are null. */
export interface InspectReport {
  readonly openapi: string;
  readonly title: string;
  readonly version: string;
  readonly servers: readonly string[];
  readonly operations: readonly InspectOperation[];
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

/** The stable JSON report of a model, for scripts and CI. */
export function inspectReport(model: ApiModel): InspectReport {
  return {
    openapi: model.specVersion,
    title: model.title,
    version: model.version,
    servers: model.servers.map((s) => s.url),
    operations: model.operations.map(inspectOperation),
  };
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
