/**
 * The problems of a document once validation has answered: validation's own, then those found while
 * opening it. Both notice a `$ref` that points at nothing (opening must, to show the list before
 * validation ends): validation names it at the `$ref`, opening at the schema holding it. One cause
 * is one problem, so opening's note gives way to validation's error about the same reference.
 */
import type { Problem } from '../model/api-model';

const DANGLING_REF = /^\$ref "([^"]*)" points at nothing/;

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
  return [...validation, ...opened.filter((problem) => !sameCause(problem))];
}
