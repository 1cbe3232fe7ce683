import { describe, expect, it } from 'vitest';
import { isSecretField } from '../../../../shared/schema-form/secret-field';

describe('secret-field', () => {
  it('masks a field declared format password or named like a credential, and no other', () => {
    expect(isSecretField('pin', { format: 'password' })).toBe(true);
    expect(isSecretField('password', {})).toBe(true);
    expect(isSecretField('client_secret', undefined)).toBe(true);
    expect(isSecretField('username', { format: 'email' })).toBe(false);
    expect(isSecretField('key', {})).toBe(false);
    expect(isSecretField(0, {})).toBe(false);
  });
});
