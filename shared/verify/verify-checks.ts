/**
 * The checks `roundtrip verify` runs, by family, with what each proves, and which apply to an
 * operation. Names are stable: they appear in reports, in --checks and in saved regression tests.
 */
import { authOptional, securityAlternatives } from '../auth/apply-auth';
import type { ApiModel, OperationModel } from '../model/api-model';
import { classifyMethod } from '../idempotency/classify-method';
import { collectionPath, creatorOf, itemReaderOf } from './resource-chain';
import { ungeneratableBody } from './form-case-body';
import { bodyMediaType } from './request-case';

export const CHECK_FAMILIES = ['conformance', 'inputs', 'auth', 'methods', 'idempotency-key'] as const;
export type CheckFamily = (typeof CHECK_FAMILIES)[number];

export interface CheckInfo {
  readonly name: string;
  readonly family: CheckFamily;
  /** One sentence: what a pass proves. */
  readonly proves: string;
}

export const CHECKS: readonly CheckInfo[] = [
  { name: 'no-server-error', family: 'conformance', proves: 'No request verify sent was answered with a 5xx.' },
  { name: 'status-conformance', family: 'conformance', proves: 'Every status received is declared for the operation.' },
  { name: 'content-type-conformance', family: 'conformance', proves: 'Every body came with a content type the operation declares for its status.' },
  { name: 'response-schema-conformance', family: 'conformance', proves: 'Every JSON body matches the declared schema (OpenAPI 3.0 or 3.1 rules).' },
  { name: 'response-headers-conformance', family: 'conformance', proves: 'Every header the response declares required was present.' },
  { name: 'valid-inputs-accepted', family: 'inputs', proves: 'Valid values, boundaries included, are accepted (no 4xx other than 404/409/410, no 5xx).' },
  { name: 'invalid-inputs-rejected', family: 'inputs', proves: 'Values breaking one constraint, wrong types and missing required fields are refused with a 4xx.' },
  { name: 'auth-required', family: 'auth', proves: 'A request without credentials is refused with 401 or 403.' },
  { name: 'auth-wrong-rejected', family: 'auth', proves: 'A request with wrong credentials is refused with 401 or 403.' },
  { name: 'auth-accepted', family: 'auth', proves: 'The credentials given are accepted (no 401 or 403).' },
  { name: 'safe-method-unchanged', family: 'methods', proves: 'A safe method (GET, HEAD) changes nothing: the resource and its collection read the same before and after.' },
  { name: 'idempotent-repeat', family: 'methods', proves: 'A second identical PUT or DELETE leaves the same state (a second DELETE may answer 404 or 410, never 5xx).' },
  { name: 'use-after-delete', family: 'methods', proves: 'After a DELETE the resource reads 404 or 410.' },
  { name: 'created-readable', family: 'methods', proves: 'A resource created by POST can be read back.' },
  { name: 'key-replay', family: 'idempotency-key', proves: 'The same Idempotency-Key and body twice create one resource and return the same status and body.' },
  { name: 'key-conflict', family: 'idempotency-key', proves: 'The same Idempotency-Key with a different body is refused with 422.' },
  { name: 'key-concurrent', family: 'idempotency-key', proves: 'Identical requests sent at once with one key create one resource (409 for those in flight is fine).' },
  { name: 'key-required', family: 'idempotency-key', proves: 'Leaving out a required Idempotency-Key is refused with 400, or with another 4xx the operation declares.' },
];

export const CHECK_NAMES: readonly string[] = CHECKS.map((check) => check.name);

/** Expands a list of check and family names; unknown names are returned as the problem. */
export function selectChecks(include: readonly string[] | undefined, exclude: readonly string[] = []): { checks: string[] } | { unknown: string } {
  const expand = (names: readonly string[]): string[] | string => {
    const out: string[] = [];
    for (const name of names) {
      if ((CHECK_FAMILIES as readonly string[]).includes(name)) out.push(...CHECKS.filter((c) => c.family === name).map((c) => c.name));
      else if (CHECK_NAMES.includes(name)) out.push(name);
      else return name;
    }
    return out;
  };
  const included = include === undefined || include.length === 0 ? [...CHECK_NAMES] : expand(include);
  if (typeof included === 'string') return { unknown: included };
  const excluded = expand(exclude);
  if (typeof excluded === 'string') return { unknown: excluded };
  return { checks: CHECK_NAMES.filter((name) => included.includes(name) && !excluded.includes(name)) };
}

/** The family of a check name. */
export function familyOf(check: string): CheckFamily {
  return CHECKS.find((c) => c.name === check)?.family ?? 'conformance';
}

/** True when the operation requires credentials (some security requirement, none of them empty). */
export function requiresAuth(op: OperationModel): boolean {
  return securityAlternatives(op).length > 0 && !authOptional(op);
}

/** Why `check` cannot run on `op` (it does not apply, or verify cannot make its body), or undefined when it can. */
export function skipReason(check: string, op: OperationModel, model: ApiModel): string | undefined {
  // Every check but conformance and invalid inputs needs a valid request, which needs a body verify can make.
  const needsValid = familyOf(check) !== 'conformance' && check !== 'invalid-inputs-rejected';
  const noBody = needsValid ? ungeneratableBody(op, bodyMediaType(op)) : undefined;
  return noBody ?? inapplicableReason(check, op, model);
}

/**
 * Why `check` does not apply to `op` at all (a GET is not repeated as a PUT is, an operation
 * without credentials has none to refuse), or undefined when it does: such a skip leaves nothing
 * unchecked, unlike one at run time.
 */
export function inapplicableReason(check: string, op: OperationModel, model: ApiModel): string | undefined {
  const cls = classifyMethod(op.method);
  switch (check) {
    case 'auth-required':
    case 'auth-wrong-rejected':
    case 'auth-accepted':
      return requiresAuth(op) ? undefined : 'The operation requires no credentials.';
    case 'safe-method-unchanged':
      return cls === 'safe' ? undefined : `${op.method} is not a safe method.`;
    case 'idempotent-repeat':
      return op.method === 'PUT' || op.method === 'DELETE' ? undefined : 'Only PUT and DELETE are checked for repeats (POST with a key: see key-replay).';
    case 'use-after-delete':
      if (op.method !== 'DELETE') return 'Only DELETE operations.';
      return itemReaderOf(op.path, model) === undefined ? `No GET ${op.path} to read the deleted resource with.` : undefined;
    case 'created-readable': {
      if (op.method !== 'POST') return 'Only POST operations.';
      const reader = model.operations.find((o) => o.method === 'GET' && collectionPath(o.path) === op.path && creatorOf(o.path, model) === op);
      return reader === undefined ? `No GET ${op.path}/{id} to read the created resource with.` : undefined;
    }
    case 'key-replay':
    case 'key-conflict':
    case 'key-concurrent':
      return op.idempotencyKey === undefined ? 'The operation declares no Idempotency-Key header.' : undefined;
    case 'key-required':
      if (op.idempotencyKey === undefined) return 'The operation declares no Idempotency-Key header.';
      return op.idempotencyKey.required ? undefined : 'The Idempotency-Key is optional here.';
    default:
      return undefined;
  }
}
