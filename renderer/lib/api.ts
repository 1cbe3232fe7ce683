/**
 * The renderer's one door to the main process. Only this file knows the transport:
 * the Electron preload's bridge when present, otherwise the browser host's /rpc.
 */
import type { Api } from '../../shared/ipc/contract';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { unwrapJsonResult } from '../../shared/ipc/json-result';
import type { Result } from '../../shared/ipc/result';
import { isAppEvent, type AppEvent, type SubscribeEvents } from '../../shared/ipc/events';

const HOST_REFUSED_MESSAGE =
  'The Roundtrip host refused this page (it checks a per-start token and the page address). ' +
  'Open the exact address the host printed when it started, including its ?token=… part.';

const TOKEN_KEY = 'roundtrip.hostToken';

/** The api in use: the Electron bridge when the preload provided one, else the browser host. */
export const api: Api = window.roundtripApi === undefined ? createHostApi(hostToken()) : createBridgeApi(window.roundtripApi);

/** Subscribes to the main process's events, whatever the transport. */
export const subscribeEvents: SubscribeEvents = window.roundtripEvents ?? createHostEvents(hostToken());

/** True in the desktop app, whose application menu owns the usual shortcuts (the page must not act on them twice). */
export const hasAppMenu: boolean = window.roundtripEvents !== undefined;

let cachedToken: string | undefined;

// The host's token arrives in the address; keep it in this tab's session storage and take it
// out of the address bar, so it does not linger in history, bookmarks or screenshots.
function hostToken(): string {
  if (cachedToken !== undefined) return cachedToken;
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  }
  cachedToken = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  return cachedToken;
}

// One EventSource for the page, shared by every subscriber, open while anyone listens.
function createHostEvents(token: string): SubscribeEvents {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | undefined;
  let live = false;
  return (listener) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource(`./events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        let event: unknown;
        try {
          event = JSON.parse(message.data);
        } catch {
          return; // A malformed frame is dropped; the stream goes on.
        }
        if (!isAppEvent(event)) return; // So is a frame of another version.
        if (event.name === 'app:ready') live = true;
        for (const each of listeners) each(event);
      };
    } else if (live) {
      // As in Electron, every new listener learns that the stream is live.
      listener({ name: 'app:ready', payload: { at: Date.now() } });
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = undefined;
        live = false;
      }
    };
  };
}

// The main process sends large values as their JSON text (shared/ipc/json-result): parsed here, in the page.
function createBridgeApi(bridge: Readonly<Record<Channel, (input: unknown) => Promise<unknown>>>): Api {
  const entries = CHANNELS.map((channel) => [channel, async (input: unknown) => unwrapJsonResult(await bridge[channel](input))] as const);
  return Object.fromEntries(entries) as unknown as Api;
}

function createHostApi(token: string): Api {
  const entries = CHANNELS.map((channel) => [channel, (input: unknown) => callHost(channel, input, token)] as const);
  // Object.fromEntries loses the per-channel pairing; every channel gets the same
  // JSON-in, Result-out function, which is what Api describes.
  return Object.fromEntries(entries) as unknown as Api;
}

async function callHost(channel: Channel, input: unknown, token: string): Promise<Result<unknown>> {
  let body: string;
  try {
    body = JSON.stringify(input);
  } catch (error) {
    return { ok: false, error: { code: 'invalid-input', message: `Roundtrip could not encode the ${channel} request (${error instanceof Error ? error.message : String(error)}). Please report this with the steps that led here.` } };
  }
  let response: Response;
  try {
    response = await fetch(`./rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-roundtrip-token': token },
      body,
    });
  } catch {
    return hostUnreachable();
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, error: { code: 'host-refused', message: HOST_REFUSED_MESSAGE } };
  }
  if (response.status === 413) {
    return { ok: false, error: { code: 'too-large', message: `The ${channel} request is larger than the Roundtrip host accepts. Open large documents by URL or from a file path instead of pasting them.` } };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        code: 'host-error',
        message: `The Roundtrip host answered HTTP ${response.status} to ${channel}. Restart it (npm run web) and reload this page.`,
      },
    };
  }
  try {
    const body: unknown = await response.json();
    if (isResult(body)) return body;
  } catch {
    // Falls through: a body that is not JSON is as unusable as one of the wrong shape.
  }
  return {
    ok: false,
    error: { code: 'host-error', message: `The Roundtrip host sent an unreadable answer to ${channel}. Restart it (npm run web) and reload this page.` },
  };
}

function hostUnreachable(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'host-unreachable',
      message: `Could not reach the Roundtrip host at ${location.host || 'this address'}. Is it still running? Start it again (npm run web) and open the address it prints.`,
    },
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}
