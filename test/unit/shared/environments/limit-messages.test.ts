import { describe, expect, it } from 'vitest';
import type { LimitProblem } from '../../../../shared/environments/fit-to-limits';
import { fieldMessage, fillRefusal, fullNote, listMessage, pastLimitFact } from '../../../../shared/environments/limit-messages';

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

  it('says why a fill is refused in the words the editor uses for the same limit', () => {
    const fact = pastLimitFact('value', 70_000);
    expect(fieldMessage(value)).toContain(fact);
    expect(fillRefusal(value, 'Big')).toBe(`Not set: this value ${fact}. Shorten it.`);
    expect(fillRefusal({ field: 'variable-name', size: 201, outcome: 'left-out' }, 'Big')).toBe('Not set: this name is 201 characters long, and a variable name holds at most 200.');
    expect(fillRefusal({ field: 'variables', size: 501, outcome: 'left-out' }, 'Full')).toBe('Not set: “Full” already holds 500 variables, the most an environment can. Remove ones it no longer needs, or pick another environment.');
    expect(fillRefusal({ field: 'environments', size: 201, outcome: 'left-out' }, undefined)).toBe('Not set: no environment is active, and the list already holds 200 environments, the most it can. Pick an environment, or delete one you no longer need.');
    expect(fillRefusal({ field: 'list-size', size: 70_000_000, outcome: 'held' }, 'Big')).toBe('Not set: your environments together would hold 70,000,000 characters, and the list holds at most 69,206,016. Remove large values you no longer need.');
    expect(fillRefusal({ field: 'name', environmentName: '', size: 201, outcome: 'kept' }, '')).toBe('Not set: “Unnamed” is past a limit of the environment list. Fix it in the environment editor first.');
  });

  it('says where Add, New and typing stop', () => {
    expect(fullNote('environments')).toBe('The list holds at most 200 environments: delete ones you no longer need to add another.');
    expect(fullNote('variables')).toBe('An environment holds at most 500 variables. Remove ones it no longer needs, or start another environment for the rest.');
    expect(fullNote('name')).toBe('A name holds at most 200 characters; what is typed past that is not taken.');
  });
});
