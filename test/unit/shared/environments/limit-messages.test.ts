import { describe, expect, it } from 'vitest';
import type { LimitProblem } from '../../../../shared/environments/fit-to-limits';
import { fieldMessage, listMessage } from '../../../../shared/environments/limit-messages';

const value: LimitProblem = { field: 'value', environmentId: 'big', environmentName: 'Big', variableIndex: 0, variableName: 'blob', size: 70_000, outcome: 'kept' };

describe('limit-messages', () => {
  it('says beside the field what is past which limit, what to do and what the file keeps meanwhile', () => {
    expect(fieldMessage(value)).toBe(
      'Not saved: this value is 70,000 characters long, and a value holds at most 65,536 (64 KiB). Shorten it, or remove the variable; until then the file keeps the value it last saved, and your other changes are saved.',
    );
    expect(fieldMessage({ ...value, outcome: 'left-out' })).toMatch(/; until then this variable is not saved, and your other changes are saved\.$/);
  });

  it('names the environment and the variable away from the field', () => {
    expect(listMessage({ ...value, outcome: 'held' })).toBe(
      'Not saved: the value of “blob” in “Big” is 70,000 characters long, and a value holds at most 65,536 (64 KiB). Shorten it, or remove the variable; until then no change to your environments is saved, so that the file does not lose it.',
    );
    expect(listMessage({ field: 'name', environmentId: 'e', environmentName: 'n'.repeat(250), size: 250, outcome: 'kept' })).toBe(
      `Not saved: the name of “${'n'.repeat(59)}…” is 250 characters long, and a name holds at most 200. Shorten it; until then the file keeps the name it last saved, and your other changes are saved.`,
    );
    expect(listMessage({ field: 'variables', environmentId: 'e', environmentName: 'Many', size: 501, outcome: 'left-out' })).toBe(
      'Not saved: the environment “Many” has 501 variables, and an environment holds at most 500. Remove variables it no longer needs, or move some to another environment; until then the variables past the 500th are not saved, and your other changes are saved.',
    );
    expect(listMessage({ field: 'environments', size: 201, outcome: 'held' })).toBe(
      'Not saved: your environment list has 201 environments, and the list holds at most 200. Delete environments you no longer need; until then no change to your environments is saved, so that the file does not lose it.',
    );
  });

  it('says a list past the save budget as a whole', () => {
    expect(listMessage({ field: 'list-size', size: 70_000_000, outcome: 'held' })).toMatch(/^Not saved: your environments together hold 70,000,000 characters, and the list holds at most 69,206,016\. Remove large values you no longer need; until then no change to your environments is saved\.$/);
  });
});
