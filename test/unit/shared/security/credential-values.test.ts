import { describe, expect, it } from 'vitest';
import { answeredCredentials, credentialValues } from '../../../../shared/security/credential-values';
import { redactRequest, resendFromHistory } from '../../../../shared/response/history-entry';

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

  it('finds a long password written into the URL, as written and decoded; a short one is masked by its place only', () => {
    expect(credentialValues({ url: 'https://alice:s3cr%40t-42@api.example.com/orders?page=2', headers: [] })).toEqual(['s3cr%40t-42', 's3cr@t-42']);
    expect(credentialValues({ url: 'https://admin:admin@admin.example.com/admin/users', headers: [] })).toEqual([]);
    expect(credentialValues({ url: 'https://alice@api.example.com/', headers: [] })).toEqual([]);
    expect(credentialValues({ url: 'https://api.example.com/a:b@c', headers: [] })).toEqual([]);
    // Recorded with the password masked where it stands, and nothing else: the host and path stay readable.
    const recorded = redactRequest({ method: 'GET', url: 'https://admin:admin@admin.example.com/admin/users?to=x@y', headers: [] });
    expect(recorded.url).toBe('https://admin:[redacted]@admin.example.com/admin/users?to=x@y');
    expect(redactRequest({ method: 'GET', url: 'https://alice:@h/', headers: [] }).url).toBe('https://alice:@h/');
    expect(redactRequest({ method: 'GET', url: 'http://u:p@[::1]:8080/x', headers: [] }).url).toBe('http://u:[redacted]@[::1]:8080/x');
    // Sent again from history without the password it never stored, and says so.
    const again = resendFromHistory({ request: recorded } as Parameters<typeof resendFromHistory>[0]);
    expect(again.request.url).toBe('https://admin@admin.example.com/admin/users?to=x@y');
    expect(again.notStored).toContain('URL password');
  });

  it("finds the values of a body's credential fields", () => {
    expect(credentialValues({ url: 'http://h/token', headers: [], body: { mediaType: 'application/x-www-form-urlencoded', text: 'username=alice&password=wonderland' } })).toEqual(['wonderland']);
  });

  it('finds the tokens an answer hands out in a JSON body, not its other fields', () => {
    const body = { kind: 'text' as const, truncated: false, text: '{"access_token":"tok-1c7f","token_type":"bearer","refresh_token":"rt-9","user":{"id_token":"idt-5"},"key":"k-long"}' };
    expect(answeredCredentials({ headers: [{ name: 'Content-Type', value: 'application/json' }], body })).toEqual(['tok-1c7f', 'rt-9', 'idt-5']);
    expect(answeredCredentials({ headers: [{ name: 'Content-Type', value: 'text/html' }], body })).toEqual([]);
  });

  it("finds a hand-typed Basic credential's password and pair", () => {
    const encoded = Buffer.from('ada:pässword').toString('base64');
    expect(credentialValues({ url: 'http://h/', headers: [{ name: 'Authorization', value: `Basic ${encoded}` }] })).toEqual(expect.arrayContaining([encoded, 'pässword', 'ada:pässword']));
  });
});
