/**
 * The request cases of one operation: the base case (required values only), valid cases
 * (boundaries, then random values) and invalid cases (one parameter or the body broken at a
 * time, required ones left out). Each is checked with the project's validator (ajv, as the
 * response check uses) so that a "valid" case is valid and an "invalid" one is not.
 */
import type { OperationModel, ParameterModel } from '../../../shared/model/api-model';
import { paramKey } from '../../../shared/request/build-request';
import { interleave, invalidValues } from '../../../shared/schema/generate-invalid';
import { boundaryValues, validValue, type GeneratedValue } from '../../../shared/schema/generate-valid';
import type { GenerateContext } from '../../../shared/schema/schema-facts';
import type { SeededRandom } from '../../../shared/schema/seeded-random';
import { usesJsonSchema2020 } from '../../../shared/response/response-validation';
import type { RequestCase } from '../../../shared/verify/request-case';
import { bodyMediaType } from '../../../shared/verify/request-case';
import { formBodyKind } from '../../../shared/request/form-body';
import type { ApiModel } from '../../../shared/model/api-model';
import { validateAgainstSchema } from '../validation/schema-validator';

export interface CaseInputs {
  readonly model: ApiModel;
  readonly op: OperationModel;
  /** Path values of existing resources (from the chain), by parameter name: never generated. */
  readonly fixed: Readonly<Record<string, string>>;
  readonly random: SeededRandom;
}

function generateContext(model: ApiModel): GenerateContext {
  return { defs: model.schemaDefs, openapi30: !usesJsonSchema2020(model.specVersion), direction: 'request' };
}

/** Parameters verify generates values for: not fixed path values, not the Idempotency-Key (each request gets a fresh one). */
function generatedParams(inputs: CaseInputs): ParameterModel[] {
  const keyHeader = inputs.op.idempotencyKey?.header.toLowerCase();
  return inputs.op.parameters.filter((p) => !(p.in === 'path' && inputs.fixed[p.name] !== undefined) && !(p.in === 'header' && p.name.toLowerCase() === keyHeader));
}

function fixedParams(inputs: CaseInputs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(inputs.fixed)) out[paramKey({ in: 'path', name })] = value;
  return out;
}

function hasJsonBody(op: OperationModel): boolean {
  const media = bodyMediaType(op);
  return media !== undefined && op.requestBody?.content.find((m) => m.mediaType === media)?.schema !== undefined;
}

function bodySchema(op: OperationModel): Readonly<Record<string, unknown>> | undefined {
  const media = bodyMediaType(op);
  return op.requestBody?.content.find((m) => m.mediaType === media)?.schema;
}

/** The case with only what is required: required parameters and the body's required fields. */
export function baseCase(inputs: CaseInputs, label = 'required values only'): RequestCase {
  const ctx = generateContext(inputs.model);
  const random = inputs.random.fork('base');
  const params = fixedParams(inputs);
  for (const p of generatedParams(inputs)) if (p.required) params[paramKey(p)] = validValue(p.schema, ctx, random, { optional: 'none' });
  const schema = bodySchema(inputs.op);
  const body = inputs.op.requestBody === undefined ? undefined : { value: schema === undefined ? {} : validValue(schema, ctx, random, { optional: 'none' }) };
  return { label, params, ...(body === undefined ? {} : { body }) };
}

/** Whether every value of the case fits its schema and nothing required is missing. */
export function caseIsValid(inputs: CaseInputs, testCase: RequestCase): boolean {
  const modern = usesJsonSchema2020(inputs.model.specVersion);
  const defs = inputs.model.schemaDefs;
  for (const p of generatedParams(inputs)) {
    const value = testCase.params[paramKey(p)];
    if (value === undefined) {
      if (p.required) return false;
      continue;
    }
    if (validateAgainstSchema(value, p.schema, defs, modern).length > 0) return false;
  }
  if (inputs.op.requestBody === undefined) return true;
  if (testCase.body === undefined) return !inputs.op.requestBody.required;
  const schema = bodySchema(inputs.op);
  return schema === undefined || validateAgainstSchema(testCase.body.value, schema, defs, modern).length === 0;
}

/** Valid cases, boundaries first, at most `max`: each parameter's and the body's boundaries, then random values. */
export function validCases(inputs: CaseInputs, max: number): RequestCase[] {
  const ctx = generateContext(inputs.model);
  const random = inputs.random.fork('valid');
  const base = baseCase(inputs);
  const perSource: RequestCase[][] = generatedParams(inputs).map((p) =>
    boundaryValues(p.schema, ctx, random).map((b) => ({ label: `${p.name}: ${b.label}`, params: { ...base.params, [paramKey(p)]: b.value }, ...(base.body ? { body: base.body } : {}) })),
  );
  const schema = bodySchema(inputs.op);
  if (hasJsonBody(inputs.op) && schema !== undefined) perSource.push(boundaryValues(schema, ctx, random).map((b: GeneratedValue) => ({ label: `body: ${b.label}`, params: base.params, body: { value: b.value } })));
  const cases = [base, ...interleave(perSource)];
  for (let i = 0; cases.length < max * 2 && i < max; i++) {
    const params = fixedParams(inputs);
    for (const p of generatedParams(inputs)) if (p.required || random.chance(0.5)) params[paramKey(p)] = validValue(p.schema, ctx, random);
    const body = inputs.op.requestBody === undefined ? undefined : { value: schema === undefined ? {} : validValue(schema, ctx, random) };
    cases.push({ label: `random values #${i + 1}`, params, ...(body === undefined ? {} : { body }) });
  }
  return dedupe(cases.filter((c) => caseIsValid(inputs, c))).slice(0, max);
}

/** Invalid cases, at most `max`: a required parameter or body left out, then one value broken at a time. */
export function invalidCases(inputs: CaseInputs, max: number): RequestCase[] {
  const ctx = generateContext(inputs.model);
  const random = inputs.random.fork('invalid');
  const base = baseCase(inputs);
  const perSource: RequestCase[][] = [];
  const missing: RequestCase[] = [];
  for (const p of generatedParams(inputs)) {
    const key = paramKey(p);
    if (p.required && p.in !== 'path') missing.push({ label: `missing required ${p.in} parameter ${p.name}`, params: Object.fromEntries(Object.entries(base.params).filter(([k]) => k !== key)), ...(base.body ? { body: base.body } : {}) });
    const asText = p.in !== 'cookie' && p.contentMediaType === undefined;
    perSource.push(invalidValues(p.schema, ctx, random, { asText }).filter((v) => !(p.in === 'path' && (v.value === '' || v.value === null))).map((v) => ({ label: `${p.name}: ${v.label}`, params: { ...base.params, [key]: v.value }, ...(base.body ? { body: base.body } : {}) })));
  }
  if (inputs.op.requestBody?.required === true) missing.push({ label: 'missing required body', params: base.params });
  const schema = bodySchema(inputs.op);
  // A form sends every value as text (a file as bytes): only a required field left out is invalid there, not a "wrong type".
  const form = formBodyKind(bodyMediaType(inputs.op) ?? '') !== undefined;
  const broken = schema === undefined ? [] : invalidValues(schema, ctx, random).filter((v) => !form || v.label.startsWith('missing required'));
  if (hasJsonBody(inputs.op)) perSource.push(broken.map((v) => ({ label: `body: ${v.label}`, params: base.params, body: { value: v.value } })));
  const cases = [...missing, ...interleave(perSource)];
  return dedupe(cases.filter((c) => !caseIsValid(inputs, c))).slice(0, max);
}

function dedupe(cases: readonly RequestCase[]): RequestCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = JSON.stringify([c.params, c.body]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
