import { describe, expect, it } from 'vitest';
import { credentialValues } from '../../../../shared/security/credential-values';

describe('credential-values', () => {
  it('finds the credentials a request carries by name, its secret values, longest first', () => {
    const values = credentialValues({
      url: 'http://h/x?access_token=tok%20en-1&page=22222&partner_code=pc-1',
      headers: [
        { name: 'Authorization', value: 'Bearer bearer-1' },
        { name: 'Cookie', value: 'sid=session-1; theme=dark' },
        { name: 'X-Partner-Credential', value: 'xp-1' },
        { name: 'Accept', value: 'application/json' },
      ],
      secretValues: ['env-secret-1', 'x'],
      credentialNames: { headers: [], query: ['partner_code'] },
    });
    expect(values).toEqual(expect.arrayContaining(['env-secret-1', 'Bearer bearer-1', 'bearer-1', 'sid=session-1; theme=dark', 'session-1', 'xp-1', 'tok en-1', 'pc-1']));
    expect(values).not.toContain('application/json');
    expect(values).not.toContain('22222');
    expect(values).not.toContain('dark');
    expect(values).not.toContain('x');
    expect([...values].sort((a, b) => b.length - a.length)).toEqual(values);
  });

  it("finds a hand-typed Basic credential's password and pair", () => {
    const encoded = Buffer.from('ada:pässword').toString('base64');
    expect(credentialValues({ url: 'http://h/', headers: [{ name: 'Authorization', value: `Basic ${encoded}` }] })).toEqual(expect.arrayContaining([encoded, 'pässword', 'ada:pässword']));
  });
});
