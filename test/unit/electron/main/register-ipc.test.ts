import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc/channels';

type Handler = (event: unknown, input: unknown) => unknown;
const registered = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpc } = await import('../../../../electron/main/register-ipc');
const { unwrapJsonResult } = await import('../../../../shared/ipc/json-result');

const trustedUrl = 'file:///opt/roundtrip/dist/renderer/index.html';
const mainFrame = (url: string) => ({ senderFrame: { url, parent: null } });

describe('register-ipc', () => {
  beforeEach(() => registered.clear());

  it('registers exactly the contract channels and removes them again', () => {
    const unregister = registerIpc(async () => ({ ok: true, value: null }), trustedUrl);
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('dispatches calls from the app window and refuses any other frame', async () => {
    const calls: [string, unknown][] = [];
    registerIpc(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: 'done' };
    }, trustedUrl);
    const handler = registered.get('demo:start');
    expect(await handler?.(mainFrame(`${trustedUrl}#/x`), {})).toEqual({ ok: true, value: 'done' });
    expect(await handler?.(mainFrame('https://evil.example/'), {})).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await handler?.({ senderFrame: { url: trustedUrl, parent: {} } }, {})).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await handler?.({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(calls).toEqual([['demo:start', {}]]);
  });

  it('sends the JSON text of a channel declared to answer with it (a loaded document) as that text, which the page parses', async () => {
    const json = JSON.stringify({ origin: { kind: 'text', location: 'pets.json' }, model: { title: 'Pets' }, problems: [] });
    registerIpc(async () => ({ ok: true, value: json }), trustedUrl);
    const answer = await registered.get('spec:load')?.(mainFrame(trustedUrl), {});
    expect(answer).toEqual({ ok: true, valueJson: json });
    expect(unwrapJsonResult(answer)).toEqual({ ok: true, value: { origin: { kind: 'text', location: 'pets.json' }, model: { title: 'Pets' }, problems: [] } });
    // Any other channel's string answer crosses as a string.
    expect(await registered.get('demo:start')?.(mainFrame(trustedUrl), {})).toEqual({ ok: true, value: json });
  });
});
