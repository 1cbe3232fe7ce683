import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../electron/services/dispatch';
import { UserFacingError } from '../../../../electron/services/app-error';
import { stubHandlers as handlers } from '../../../support/stub-handlers';

describe('dispatch', () => {
  it('passes validated input to the channel handler and wraps its value', async () => {
    const dispatch = createDispatch(handlers({ 'demo:start': async () => ({ baseUrl: 'http://x', specUrl: 'http://x/openapi.json' }) }));
    expect(await dispatch('demo:start', {})).toEqual({ ok: true, value: { baseUrl: 'http://x', specUrl: 'http://x/openapi.json' } });
  });

  it('refuses unknown channels and invalid input without calling a handler', async () => {
    const dispatch = createDispatch(handlers());
    expect(await dispatch('fs:read', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = await dispatch('request:send', { method: 'BREW', url: 42, headers: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/^The request:send request was refused: method: /);
    expect(await dispatch('spec:load', { source: { kind: 'text', text: 'x'.repeat(65 * 1024 * 1024), name: 'big' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns thrown errors into failed results', async () => {
    const dispatch = createDispatch(handlers({
      'spec:load': async () => { throw new UserFacingError('spec-syntax', 'a.yaml is not valid YAML'); },
      'demo:start': async () => { throw new Error('boom'); },
    }));
    expect(await dispatch('spec:load', { source: { kind: 'url', url: 'http://x/' } })).toEqual({ ok: false, error: { code: 'spec-syntax', message: 'a.yaml is not valid YAML' } });
    expect(await dispatch('demo:start', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('boom') } });
  });
});
