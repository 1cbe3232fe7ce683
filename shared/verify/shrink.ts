/**
 * Shrinks a failing request case to a smaller one that still fails: optional parameters and
 * properties dropped, strings, numbers and arrays made smaller, one step at a time, keeping each
 * step that still fails (greedy, like property-based testing's shrinkers), within a budget.
 */
import type { RequestCase } from './request-case';
import { isRecord } from '../values/is-record';

/** Smaller values than `value`, simplest first. */
export function smallerValues(value: unknown): unknown[] {
  if (typeof value === 'string') return value === '' ? [] : [...new Set(['', value.slice(0, 1), value.slice(0, Math.floor(value.length / 2))])].filter((s) => s.length < value.length);
  if (typeof value === 'number') return [0, Math.trunc(value), Math.trunc(value / 2)].filter((n, i, all) => n !== value && Math.abs(n) <= Math.abs(value) && all.indexOf(n) === i);
  if (value === true) return [false];
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    const out: unknown[] = [[]];
    for (let i = 0; i < value.length && value.length > 1; i++) out.push(value.filter((_, j) => j !== i));
    value.forEach((item, i) => {
      for (const smaller of smallerValues(item)) out.push(value.map((each, j) => (j === i ? smaller : each)));
    });
    return out;
  }
  if (isRecord(value)) {
    const out: unknown[] = [];
    for (const key of Object.keys(value)) out.push(Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)));
    for (const [key, child] of Object.entries(value)) for (const smaller of smallerValues(child)) out.push({ ...value, [key]: smaller });
    return out;
  }
  return [];
}

/** Smaller cases than `testCase`: a parameter dropped or made smaller, the body made smaller; parameters in `keep` stay as they are. */
export function smallerCases(testCase: RequestCase, keep: ReadonlySet<string> = new Set()): RequestCase[] {
  const out: RequestCase[] = [];
  const keys = Object.keys(testCase.params).filter((key) => !keep.has(key));
  for (const key of keys) out.push({ ...testCase, params: Object.fromEntries(Object.entries(testCase.params).filter(([k]) => k !== key)) });
  if (testCase.body !== undefined) for (const smaller of smallerValues(testCase.body.value)) out.push({ ...testCase, body: { value: smaller } });
  for (const key of keys) for (const smaller of smallerValues(testCase.params[key])) out.push({ ...testCase, params: { ...testCase.params, [key]: smaller } });
  return out;
}

/** The smallest case found that still fails, and how many candidates were tried; `keep` names parameters never touched (a resource's id). */
export async function shrinkCase(testCase: RequestCase, stillFails: (candidate: RequestCase) => Promise<boolean>, budget = 40, keep: ReadonlySet<string> = new Set()): Promise<{ readonly shrunk: RequestCase; readonly tries: number }> {
  let current = testCase;
  let tries = 0;
  let improved = true;
  while (improved && tries < budget) {
    improved = false;
    for (const candidate of smallerCases(current, keep)) {
      if (tries >= budget) break;
      tries++;
      if (await stillFails(candidate)) {
        current = candidate;
        improved = true;
        break;
      }
    }
  }
  return { shrunk: current, tries };
}
