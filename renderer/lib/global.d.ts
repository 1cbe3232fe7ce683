// The Electron preload exposes the contract's api here through contextBridge; in the
// browser host it is absent and renderer/lib/api.ts falls back to HTTP.
import type { Api } from '../../shared/ipc/contract';
import type { SubscribeEvents } from '../../shared/ipc/events';

declare global {
  interface Window {
    roundtripApi?: Api;
    roundtripEvents?: SubscribeEvents;
  }
}

export {};
