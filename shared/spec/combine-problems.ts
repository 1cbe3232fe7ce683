/**
 * The problems of a document once validation has answered: validation's own, then those found while
 * opening it. Both notice a `$ref` that points at nothing (opening must, to show the list before
 * validation ends): validation names it at the `$ref`, opening at the schema holding it. One cause
 * is one problem, so opening's note gives way to validation's error about the same reference; a
 * note about an object validation faults (or one of its fields) joins that error's message.
 */
import type { Problem } from '../model/api-model';

const DANGLING_REF = /^\$ref "([^"]*)" points at nothing/;
/** Opening's note that it left an object out (normalize-*.ts say so in these words). */
const SKIPPED = /^Skipped /;

export function combineProblems(validation: readonly Problem[], opened: readonly Problem[]): Problem[] {
  // The schema holding each dangling $ref, with the references it names.
  const danglingAt = new Map<string, string[]>();
  for (const problem of validation) {
    const ref = DANGLING_REF.exec(problem.message)?.[1];
    if (ref === undefined || problem.pointer?.endsWith('/$ref') !== true) continue;
    const holder = problem.pointer.slice(0, -'/$ref'.length);
    danglingAt.set(holder, [...(danglingAt.get(holder) ?? []), ref]);
  }
  const sameCause = (problem: Problem): boolean =>
    problem.severity === 'warning' && problem.pointer !== undefined && (danglingAt.get(problem.pointer) ?? []).some((ref) => problem.message.includes(`"${ref}"`));
  const combined = validation.map((problem) => ({ ...problem }));
  const kept: Problem[] = [];
  for (const problem of opened) {
    if (sameCause(problem)) continue;
    // Opening skips what it cannot use ("Skipped the parameter ..."): when validation faults that very
    // object, or a field of it, the note is what the fault means for requests, said with the fault.
    const fault = problem.severity === 'warning' && problem.pointer !== undefined && SKIPPED.test(problem.message) ? combined.find((each) => each.severity === 'error' && isSelfOrField(each.pointer, problem.pointer ?? '')) : undefined;
    if (fault === undefined) kept.push(problem);
    else fault.message = `${fault.message.replace(/\.?$/, '.')} ${problem.message}`;
  }
  return [...combined, ...kept];
}

function isSelfOrField(pointer: string | undefined, place: string): boolean {
  if (pointer === undefined) return false;
  return pointer === place || (pointer.startsWith(`${place}/`) && !pointer.slice(place.length + 1).includes('/'));
}
