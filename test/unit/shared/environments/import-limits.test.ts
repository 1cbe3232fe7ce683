import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_LIMITS } from '../../../../shared/environments/environment-limits';
import { environmentOverLimits, refusalMessage } from '../../../../shared/environments/import-limits';
import { pastLimitFact, quoted } from '../../../../shared/environments/limit-messages';

const message = (refusal: ReturnType<typeof environmentOverLimits>): string | undefined => refusal && refusalMessage(refusal);

describe('import-limits', () => {
  it('lets an environment within every limit through', () => {
    const atLimits = { name: 'n'.repeat(ENVIRONMENT_LIMITS.nameChars), variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment }, (_, i) => ({ key: `${i}`.padEnd(ENVIRONMENT_LIMITS.nameChars, 'k'), value: 'v'.repeat(ENVIRONMENT_LIMITS.valueChars) })) };
    expect(environmentOverLimits(atLimits)).toBeUndefined();
    expect(environmentOverLimits({ name: 'Empty', variables: [{ key: 'secret', secret: true }] })).toBeUndefined();
  });

  it('names the environment, the limit it passes and what to do', () => {
    expect(message(environmentOverLimits({ name: 'Big', variables: Array.from({ length: 612 }, (_, i) => ({ key: `v${i}`, value: '' })) }))).toBe(
      'The environment “Big” was not added: it has 612 variables, and an environment holds at most 500. Split it into smaller environments, or remove the variables it no longer needs, then import it again.',
    );
    expect(message(environmentOverLimits({ name: 'n'.repeat(250), variables: [] }))).toBe(`The environment “${'n'.repeat(59)}…” was not added: its name is 250 characters long, and a name holds at most 200. Shorten its name in the file, then import it again.`);
  });

  it('names the variable whose name or value is too long, and how many more are', () => {
    const long = 'x'.repeat(ENVIRONMENT_LIMITS.valueChars + 1);
    expect(message(environmentOverLimits({ name: 'Data', variables: [{ key: 'ok', value: 'fine' }, { key: 'payload', value: long }] }))).toBe(
      'The environment “Data” was not added: the value of “payload” is 65,537 characters long, and a value holds at most 65,536 (64 KiB). Shorten the value in the file, then import it again.',
    );
    // A secret's value is saved with the list too (kept apart by the main process): it counts.
    expect(environmentOverLimits({ name: 'Keys', variables: [{ key: 'a', value: long, secret: true }, { key: 'b', value: long }, { key: 'c', value: long }] })?.why).toBe(
      'the value of “a” is 65,537 characters long (and 2 more values are too long), and a value holds at most 65,536 (64 KiB)',
    );
    const longName = 'k'.repeat(ENVIRONMENT_LIMITS.nameChars + 1);
    expect(environmentOverLimits({ name: 'Keys', variables: [{ key: longName, value: '' }, { key: 'b', value: long }] })).toEqual({
      name: 'Keys',
      why: `the variable name ${quoted(longName)} is 201 characters long, and a variable name holds at most 200; the value of “b” is 65,537 characters long, and a value holds at most 65,536 (64 KiB)`,
      next: 'Fix these in the file, then import it again.',
    });
  });

  it('says a limit in the words the editor uses for it', () => {
    expect(environmentOverLimits({ name: 'Big', variables: Array.from({ length: 501 }, (_, i) => ({ key: `v${i}` })) })?.why).toBe(`it ${pastLimitFact('variables', 501)}`);
    expect(environmentOverLimits({ name: 'n'.repeat(201), variables: [] })?.why).toBe(`its name ${pastLimitFact('name', 201)}`);
  });
});
