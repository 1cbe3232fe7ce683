/**
 * Builds window.roundtripApi from the contract's channel list and nothing else:
 * the renderer can reach exactly these channels and no other IPC.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));

contextBridge.exposeInMainWorld('roundtripApi', Object.freeze(api));
