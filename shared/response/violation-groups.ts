/**
 * Violations of one answer grouped by what they are: the same message at the same place of every
 * item of a list is one fault said once with its count ("/*\/at must match format "date-time", 90,000
 * times"). A 13 MB list whose every item broke its schema once listed 90,000 lines and took the
 * response panel 20 s to lay out.
 */
import type { Violation } from './response-validation';

export interface ViolationGroup {
  readonly kind: Violation['kind'];
  readonly message: string;
  /** The place with each array index as `*`; the pointer itself when the group holds one violation. */
  readonly pattern?: string;
  readonly count: number;
  /** The first few pointers of the group, in the order found. */
  readonly examples: readonly string[];
}

const EXAMPLES = 3;
const INDEX = /^\d+$/;

/** `pointer` with every all-digit segment (an array index) written `*`. */
export function pointerPattern(pointer: string): string {
  return pointer
    .split('/')
    .map((segment, index) => (index > 0 && INDEX.test(segment) ? '*' : segment))
    .join('/');
}

/** The violations grouped by kind, place pattern and message, in the order each group first occurs. */
export function groupViolations(violations: readonly Violation[]): ViolationGroup[] {
  const groups = new Map<string, { kind: Violation['kind']; message: string; pattern?: string; count: number; examples: string[] }>();
  for (const violation of violations) {
    const pattern = violation.pointer === undefined ? undefined : pointerPattern(violation.pointer);
    const key = `${violation.kind}\u0000${pattern ?? '\u0001'}\u0000${violation.message}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { kind: violation.kind, message: violation.message, ...(pattern === undefined ? {} : { pattern }), count: 0, examples: [] };
      groups.set(key, group);
    }
    group.count += 1;
    if (violation.pointer !== undefined && group.examples.length < EXAMPLES) group.examples.push(violation.pointer);
  }
  // A group of one names its own pointer, as a single violation always did.
  return [...groups.values()].map((group) => (group.count === 1 && group.examples[0] !== undefined ? { ...group, pattern: group.examples[0] } : group));
}
