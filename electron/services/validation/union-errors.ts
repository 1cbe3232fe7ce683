/**
 * A failed anyOf/oneOf narrowed to the branch the value most plausibly meant: ajv reports every
 * branch's errors side by side, so a body that meant the second branch reads as broken by the
 * first. Each branch is validated on its own (nested unions narrowed the same way), the closest
 * one (shared/response/closest-branch) keeps its errors, and the other branches' errors go.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { branchName, closestBranch } from '../../../shared/response/closest-branch';
import { valueAt } from '../../../shared/response/optional-null-slip';

/** Compiles a root schema with the engine the errors came from. */
export type CompileRoot = (root: Record<string, unknown>) => ValidateFunction;

const MAX_DEPTH = 8;

// A branch is an object of one compiled root (ajv's verbose errors point at it), so it keys its validator.
const branchValidators = new WeakMap<object, ValidateFunction>();

function isFailedUnion(error: ErrorObject): boolean {
  if (error.keyword === 'anyOf') return true;
  // A oneOf that more than one branch matched fails for another reason: its errors stay as they are.
  const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
  return error.keyword === 'oneOf' && (passing === null || passing === undefined);
}

function within(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}

function sameError(a: ErrorObject, b: ErrorObject): boolean {
  return a.instancePath === b.instancePath && a.keyword === b.keyword && a.message === b.message && JSON.stringify(a.params) === JSON.stringify(b.params);
}

function branchValidator(branch: object, root: Record<string, unknown>, compile: CompileRoot): ValidateFunction {
  let validate = branchValidators.get(branch);
  if (validate === undefined) {
    validate = compile({ ...root, allOf: [branch] });
    branchValidators.set(branch, validate);
  }
  return validate;
}

/** `errors` (ajv's, verbose) with each failed union's errors replaced by those of its closest branch. */
export function narrowUnionErrors(errors: readonly ErrorObject[], value: unknown, root: Record<string, unknown>, compile: CompileRoot, depth = 0): ErrorObject[] {
  let out = [...errors];
  if (depth >= MAX_DEPTH) return out;
  // Last first: an outer union's error comes after its branches' (inner unions among them).
  for (let i = out.length - 1; i >= 0; i--) {
    const union = out[i];
    if (union === undefined || !isFailedUnion(union) || !Array.isArray(union.schema)) continue;
    const at = union.instancePath;
    const target = valueAt(value, at);
    const branches = (union.schema as unknown[]).filter((b): b is object => typeof b === 'object' && b !== null);
    if (branches.length !== union.schema.length) continue;
    const raw: ErrorObject[][] = [];
    const narrowed: ErrorObject[][] = [];
    for (const branch of branches) {
      const validate = branchValidator(branch, root, compile);
      const own = validate(target) ? [] : [...(validate.errors ?? [])];
      raw.push(own.map((e) => ({ ...e, instancePath: at + e.instancePath })));
      narrowed.push(narrowUnionErrors(own, target, root, compile, depth + 1).map((e) => ({ ...e, instancePath: at + e.instancePath })));
    }
    const chosen = closestBranch(narrowed.map((list) => list.map((e) => ({ instancePath: e.instancePath.slice(at.length), keyword: e.keyword }))));
    const all = raw.flat();
    const before = out.slice(0, i).filter((e) => !(within(e.instancePath, at) && all.some((r) => sameError(r, e))));
    const message = `${union.message ?? `must match a schema in ${union.keyword}`}: the closest, ${branchName(branches[chosen], chosen)}, is broken as listed`;
    out = [...before, ...(narrowed[chosen] ?? []), { ...union, message }, ...out.slice(i + 1)];
    i = before.length;
  }
  return out;
}
