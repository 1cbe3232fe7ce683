import { describe, expect, it } from 'vitest';
import { applyAuth } from '../../../../shared/auth/apply-auth';
import { authKindLabel, formAuth } from '../../../../shared/auth/saved-auth';
import type { SecuritySchemeModel } from '../../../../shared/model/api-model';
import { VariableFiller } from '../../../../shared/request/variable-scopes';

const schemes: Record<string, SecuritySchemeModel> = {
  HTTPBearer: { type: 'http', scheme: 'bearer' },
  APIKeyQuery: { type: 'apiKey', name: 'key', in: 'query' },
};
const bearerOp = { security: [{ HTTPBearer: [] }] };
const nothingTyped = applyAuth(bearerOp, schemes, {});

describe('saved-auth', () => {
  it("sends the saved request's auth, its variables filled, when nothing typed applies", () => {
    const filler = new VariableFiller({ 'HTTPBearer.token': 'tok-1' });
    const { applied, fromSaved } = formAuth(nothingTyped, { type: 'bearer', token: '{{HTTPBearer.token}}' }, filler);
    expect(fromSaved).toBe(true);
    expect(applied.headers).toEqual([{ name: 'Authorization', value: 'Bearer tok-1' }]);
    expect(applied.secrets).toEqual(['tok-1']);
    expect(filler.unresolved([])).toEqual([]);
  });

  it('puts an API key in the query, named as a credential', () => {
    const op = { security: [{ APIKeyQuery: [] }] };
    const { applied } = formAuth(applyAuth(op, schemes, {}), { type: 'apikey', name: 'key', value: '{{k}}', in: 'query' }, new VariableFiller({ k: 'a b' }));
    expect(applied.query).toEqual(['key=a%20b']);
    expect(applied.credentialNames?.query).toContain('key');
  });

  it('leaves a variable without a value unresolved, so the send stops as a run does', () => {
    const filler = new VariableFiller({});
    formAuth(nothingTyped, { type: 'bearer', token: '{{HTTPBearer.token}}' }, filler);
    expect(filler.unresolved([]).map((u) => [u.name, u.places])).toEqual([['HTTPBearer.token', ['the auth']]]);
  });

  it('keeps what is typed for the schemes, and what is typed when the saved auth sends nothing', () => {
    const typed = applyAuth(bearerOp, schemes, { HTTPBearer: { token: 'typed' } });
    expect(formAuth(typed, { type: 'bearer', token: 'saved' }, new VariableFiller({}))).toEqual({ applied: typed, fromSaved: false });
    expect(formAuth(nothingTyped, { type: 'none' }, new VariableFiller({}))).toEqual({ applied: nothingTyped, fromSaved: false });
    expect(formAuth(nothingTyped, undefined, new VariableFiller({}))).toEqual({ applied: nothingTyped, fromSaved: false });
  });

  it('names an auth by kind and place, without its values', () => {
    expect(authKindLabel({ type: 'bearer', token: 'secret' })).toBe('a Bearer token');
    expect(authKindLabel({ type: 'apikey', name: 'X-Key', value: 'secret', in: 'header' })).toBe('an API key in the header X-Key');
  });
});
