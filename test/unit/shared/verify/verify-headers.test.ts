import { describe, expect, it } from 'vitest';
import { headerLine, headerLines } from '../../../../shared/verify/verify-headers';

describe('verify headers', () => {
  it('reads "Name: value" lines with {{variables}}, skipping blank lines', () => {
    expect(headerLines('Authorization: Bearer {{token}}\n\n  X-Tenant:  acme  \r\n', { token: 't-1' })).toEqual({
      headers: [
        { name: 'Authorization', value: 'Bearer t-1' },
        { name: 'X-Tenant', value: 'acme' },
      ],
    });
  });

  it('names the first line that is not "Name: value"', () => {
    expect(headerLines('A: 1\nAuthorization Bearer x\n: y', {})).toEqual({ bad: 'Authorization Bearer x' });
    expect(headerLine(': no name', {})).toBeUndefined();
  });
});
