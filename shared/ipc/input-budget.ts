/**
 * A size and shape budget checked before any schema runs: one walk over the input
 * that stops at the first breach, so an oversize or absurdly nested payload on any
 * channel is refused cheaply, whatever fields that channel's schema declares.
 * The cost is proportional to the number of values, not to the length of strings.
 */

export interface InputBudget {
  /** Characters of all strings together. */
  readonly maxChars: number;
  /** Objects, arrays and primitives together. */
  readonly maxValues: number;
  readonly maxDepth: number;
}

/** Fits the largest legitimate input: a 64 M-character document pasted as text, or a GitHub-sized schema set. */
export const DEFAULT_INPUT_BUDGET: InputBudget = { maxChars: 66 * 1024 * 1024, maxValues: 2_000_000, maxDepth: 256 };

/** Undefined when `input` fits the budget, else what it exceeded, in words. */
export function exceedsBudget(input: unknown, budget: InputBudget = DEFAULT_INPUT_BUDGET): string | undefined {
  let chars = 0;
  let values = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    values += 1;
    if (values > budget.maxValues) return `more than ${budget.maxValues.toLocaleString('en')} values`;
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > budget.maxChars) return `more than ${Math.round(budget.maxChars / 1048576)} M characters of text`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= budget.maxDepth) return `nested deeper than ${budget.maxDepth} levels`;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
    if (!Array.isArray(value)) for (const key of Object.keys(value)) chars += key.length;
  }
  return undefined;
}
