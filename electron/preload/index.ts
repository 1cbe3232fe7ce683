/**
 * Builds window.roundtripApi from the contract's channel list and nothing else:
 * the renderer can reach exactly these channels and no other IPC.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { EVENT_CHANNEL, EVENTS_READY_CHANNEL, type AppEvent, type SubscribeEvents } from '../../shared/ipc/events';
import { fail } from '../../shared/ipc/result';

// invoke() rejects when a value cannot be cloned or the frame is going away; the
// contract promises a Result either way, as the browser transport gives.
const call = (channel: string, input: unknown): Promise<unknown> =>
  ipcRenderer.invoke(channel, input).catch((error: unknown) =>
    fail('ipc-failed', `Roundtrip's window could not reach its main process for ${channel}: ${error instanceof Error ? error.message : String(error)}. Try again; if it persists, restart Roundtrip.`),
  );
const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => call(channel, input)]));

contextBridge.exposeInMainWorld('roundtripApi', Object.freeze(api));

// Only the payload crosses: the renderer never sees the IpcRendererEvent (and its sender).
const subscribe: SubscribeEvents = (listener) => {
  const forward = (_event: unknown, appEvent: AppEvent): void => listener(appEvent);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  listener({ name: 'app:ready', payload: { at: Date.now() } });
  ipcRenderer.send(EVENTS_READY_CHANNEL);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
};
contextBridge.exposeInMainWorld('roundtripEvents', subscribe);
