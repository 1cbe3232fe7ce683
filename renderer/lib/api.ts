/**
 * The renderer's one door to the main process. Only this file knows the transport:
 * the Electron preload's bridge when present, otherwise the browser host's /rpc.
 */
import type { Api } from '../../shared/ipc/contract';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/result';
import type { AppEvent, SubscribeEvents } from '../../shared/ipc/events';

const HOST_REFUSED_MESSAGE =
  'The Roundtrip host refused this page (it checks a per-start token and the page address). ' +
  'Open the exact address the host printed when it started, including its ?token=… part.';

/** The api in use: the Electron bridge when the preload provided one, else the browser host. */
export const api: Api = window.roundtripApi ?? createHostApi(location.search);

/** Subscribes to the main process's events, whatever the transport. */
export const subscribeEvents: SubscribeEvents = window.roundtripEvents ?? createHostEvents(location.search);

// One EventSource for the page, shared by every subscriber, opened on first use.
function createHostEvents(search: string): SubscribeEvents {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | undefined;
  return (listener) => {
    listeners.add(listener);
    if (!source) {
      const token = new URLSearchParams(search).get('token') ?? '';
      source = new EventSource(`./events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as AppEvent;
        for (const each of listeners) each(event);
      };
    }
    return () => {
      listeners.delete(listener);
    };
  };
}

function createHostApi(search: string): Api {
  const token = new URLSearchParams(search).get('token') ?? '';
  const entries = CHANNELS.map((channel) => [channel, (input: unknown) => callHost(channel, input, token)] as const);
  // Object.fromEntries loses the per-channel pairing; every channel gets the same
  // JSON-in, Result-out function, which is what Api describes.
  return Object.fromEntries(entries) as unknown as Api;
}

async function callHost(channel: Channel, input: unknown, token: string): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`./rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-roundtrip-token': token },
      body: JSON.stringify(input),
    });
  } catch {
    return hostUnreachable();
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, error: { code: 'host-refused', message: HOST_REFUSED_MESSAGE } };
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
