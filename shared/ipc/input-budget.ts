/**
 * A size and shape budget checked before any schema runs: one walk over the input
 * that stops at the first breach, so an oversize or absurdly nested payload on any
 * channel is refused cheaply, whatever fields that channel's schema declares.
 * The cost is proportional to the number of values, not to the length of strings.
 */
import type { Channel } from './channels';
import { isRecord } from '../values/is-record';

export interface InputBudget {
  /** Characters of all strings together. */
  readonly maxChars: number;
  /** Objects, arrays and primitives together. */
  readonly maxValues: number;
  readonly maxDepth: number;
  /** Characters of any one string (a URL, a name, a body): most channels take no long text at all. */
  readonly maxStringChars: number;
}

/** Fits the largest legitimate input: a 64 M-character document pasted as text, or a GitHub-sized schema set. */
export const DEFAULT_INPUT_BUDGET: InputBudget = { maxChars: 66 * 1024 * 1024, maxValues: 2_000_000, maxDepth: 256, maxStringChars: 1024 * 1024 };

/** The channels that carry one long text, and how long it may be: a pasted document, a body, a file's chunk. */
const LONG_TEXT_CHARS: Partial<Record<Channel, number>> = {
  'spec:load': 66 * 1024 * 1024,
  'collection:import': 66 * 1024 * 1024,
  'request:send': 64 * 1024 * 1024,
  'request:snippet': 64 * 1024 * 1024,
  'idempotency:check': 64 * 1024 * 1024,
  'files:stage': 16 * 1024 * 1024,
  'collection:save': 16 * 1024 * 1024,
};

/** The budget of one channel: the default, with the longer single text the channel needs. */
export function budgetFor(channel: Channel): InputBudget {
  const longest = LONG_TEXT_CHARS[channel];
  return longest === undefined ? DEFAULT_INPUT_BUDGET : { ...DEFAULT_INPUT_BUDGET, maxStringChars: longest };
}

// The walk's stack, reused from call to call (the walk is synchronous): a value costs two array
// slots instead of an object of its own, and an object's children are read in place rather than
// copied out with Object.values and Object.keys.
const pending: unknown[] = [];
const depths: number[] = [];

/** Undefined when `input` fits the budget, else what it exceeded, in words. */
export function exceedsBudget(input: unknown, budget: InputBudget = DEFAULT_INPUT_BUDGET): string | undefined {
  try {
    return walk(input, budget);
  } finally {
    // Emptied also after a breach, so a refused payload is not kept alive by the stack.
    pending.length = 0;
    depths.length = 0;
  }
}

function walk(input: unknown, budget: InputBudget): string | undefined {
  let chars = 0;
  let values = 0;
  pending.push(input);
  depths.push(0);
  while (pending.length > 0) {
    const value = pending.pop();
    const depth = depths.pop() ?? 0;
    values += 1;
    if (values > budget.maxValues) return tooManyValues(budget);
    if (typeof value === 'string') {
      if (value.length > budget.maxStringChars) return `one text field of ${value.length.toLocaleString('en')} characters (the most one field may hold here is ${budget.maxStringChars.toLocaleString('en')})`;
      chars += value.length;
      if (chars > budget.maxChars) return tooMuchText(budget);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= budget.maxDepth) return `nested deeper than ${budget.maxDepth} levels`;
    if (Array.isArray(value)) {
      // Every value on the stack will be counted: a huge array is refused before it is pushed.
      if (values + pending.length + value.length > budget.maxValues) return tooManyValues(budget);
      for (let index = 0; index < value.length; index += 1) {
        pending.push(value[index]);
        depths.push(depth + 1);
      }
      continue;
    }
    if (!isRecord(value)) continue;
    const record = value;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      if (values + pending.length >= budget.maxValues) return tooManyValues(budget);
      chars += key.length;
      // Keys count as text too: an object of huge keys and small values must not slip under the cap.
      if (chars > budget.maxChars) return tooMuchText(budget);
      pending.push(record[key]);
      depths.push(depth + 1);
    }
  }
  return undefined;
}

function tooMuchText(budget: InputBudget): string {
  return `more than ${Math.round(budget.maxChars / 1048576)} M characters of text`;
}

function tooManyValues(budget: InputBudget): string {
  return `more than ${budget.maxValues.toLocaleString('en')} values`;
}
