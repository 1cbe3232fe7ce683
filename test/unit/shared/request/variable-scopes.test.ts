import { describe, expect, it } from 'vitest';
import { fillTarget, recordScope, unresolvedMessage } from '../../../../shared/request/variable-scopes';

describe('variable-scopes: where a missing value is to be set', () => {
  it('names the active environment, or a new one, even when a collection was looked in first', () => {
    const collection = [recordScope('the collection "Shop"', {})];
    expect(unresolvedMessage('HTTPBearer.token', ['the auth'], collection, fillTarget(undefined))).toBe('`{{HTTPBearer.token}}` (in the auth) has no value in the collection "Shop" (set it in a new environment).');
    expect(unresolvedMessage('id', [], collection, fillTarget({ name: 'Dev' }))).toBe('`{{id}}` has no value in the collection "Shop" (set it in the environment "Dev").');
  });
});
