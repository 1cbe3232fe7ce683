/**
 * Editing a request's tests (assertions and captures) as the Tests tab does: new items of each
 * kind, items made from a value clicked in the response, reordering and removal. Items are kept
 * as the file holds them (plain records), so one the editor cannot read is kept, not dropped.
 */
import type { Assertion, Capture } from './assertion-model';
import { describeAssertion } from './assertion-kinds';
import { jsonType } from './evaluate-assertion';

/** One assertion or capture as saved in a request file. */
export type SavedCheck = Readonly<Record<string, unknown>>;

/** The tests of one request, as the Tests tab edits them. */
export interface RequestTests {
  readonly assertions: readonly SavedCheck[];
  readonly captures: readonly SavedCheck[];
}

interface HoldsTests {
  readonly assertions?: readonly SavedCheck[] | undefined;
  readonly captures?: readonly SavedCheck[] | undefined;
}

/** The tests a saved request (or a draft of one) holds; none when it has no lists. */
export function testsOf(holder: HoldsTests): RequestTests {
  return { assertions: holder.assertions ?? [], captures: holder.captures ?? [] };
}

/** `holder` with `tests` in place of its own; an empty list is left out, as files without tests have none. */
export function withTests<T extends object>(holder: T, tests: RequestTests): T {
  const next: Record<string, unknown> = Object.fromEntries(Object.entries(holder).filter(([key]) => key !== 'assertions' && key !== 'captures'));
  if (tests.assertions.length > 0) next['assertions'] = [...tests.assertions];
  if (tests.captures.length > 0) next['captures'] = [...tests.captures];
  return next as T;
}

/** The kinds of assertion the Tests tab offers, in its menu's order, with their names there. */
export const ASSERTION_KINDS = [
  ['status', 'Status'],
  ['status-in', 'Status is one of'],
  ['status-range', 'Status range'],
  ['header', 'Header'],
  ['json', 'JSON path'],
  ['body', 'Body text'],
  ['response-time', 'Response time'],
  ['conforms', 'Conforms to the spec'],
  ['idempotent', 'Idempotent'],
] as const satisfies readonly (readonly [Assertion['type'], string])[];

export type AssertionKind = (typeof ASSERTION_KINDS)[number][0];

/** A new assertion of `type` with values that pass against a healthy answer (status 200, under a second). */
export function newAssertion(type: AssertionKind): Assertion {
  switch (type) {
    case 'status':
      return { type, equals: 200 };
    case 'status-in':
      return { type, codes: [200, 201] };
    case 'status-range':
      return { type, min: 200, max: 299 };
    case 'header':
      return { type, name: 'Content-Type', op: 'exists' };
    case 'json':
      return { type, path: '$', op: 'exists' };
    case 'body':
      return { type, op: 'contains', value: '' };
    case 'response-time':
      return { type, belowMs: 1000 };
    case 'conforms':
    case 'idempotent':
      return { type };
  }
}

/** `current` turned into an assertion of `type`, keeping its label. */
export function retypeAssertion(current: SavedCheck, type: AssertionKind): Assertion {
  const label = typeof current['label'] === 'string' && current['label'] !== '' ? { label: current['label'] } : {};
  return { ...newAssertion(type), ...label };
}

/** "Assert equals" / "Assert type" on a clicked value: a JSON assertion at `path`. */
export function assertionFromValue(kind: 'equals' | 'type', path: string, value: unknown): Assertion {
  return kind === 'equals' ? { type: 'json', path, op: 'equals', value } : { type: 'json', path, op: 'type', value: jsonType(value) };
}

/** "Capture as variable" on a clicked value: a capture at `path`, named after its last member and unlike any in `taken`. */
export function captureFromValue(path: string, taken: readonly string[]): Capture {
  return { name: captureName(path, taken), from: 'json', path };
}

/** A variable name for the value at `path` ($.items[0].id → "id"; "id2" when "id" is taken). */
export function captureName(path: string, taken: readonly string[]): string {
  const names = [...path.matchAll(/\.([^.[\]]+)|\[\s*(["'])((?:\\.|(?!\2).)*)\2\s*\]/g)].map((match) => match[1] ?? match[3] ?? '');
  const last = names.at(-1) ?? '';
  const base = last.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'value';
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

/** The tests with an assertion or capture added for the value at `path`, and what was added, in words. */
export function addFromValue(tests: RequestTests, action: 'assert-equals' | 'assert-type' | 'capture', path: string, value: unknown): { readonly tests: RequestTests; readonly added: string } {
  if (action === 'capture') {
    const taken = tests.captures.map((each) => each['name']).filter((name): name is string => typeof name === 'string');
    const capture = captureFromValue(path, taken);
    return { tests: { ...tests, captures: [...tests.captures, capture] }, added: `Added to Tests: capture ${path} as {{${capture.name}}}` };
  }
  const assertion = assertionFromValue(action === 'assert-equals' ? 'equals' : 'type', path, value);
  return { tests: { ...tests, assertions: [...tests.assertions, assertion] }, added: `Added to Tests: ${describeAssertion(assertion)}` };
}

/** The list with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

/** The list with the item at `index` replaced. */
export function replaceItem<T>(list: readonly T[], index: number, item: T): readonly T[] {
  return list.map((each, at) => (at === index ? item : each));
}

/** The list without the item at `index`. */
export function removeItem<T>(list: readonly T[], index: number): readonly T[] {
  return list.filter((_each, at) => at !== index);
}
