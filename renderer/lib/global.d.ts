// The Electron preload exposes the contract's api here through contextBridge; in the
// browser host it is absent and renderer/lib/api.ts falls back to HTTP.
import type { Channel } from '../../shared/ipc/channels';
import type { SubscribeEvents } from '../../shared/ipc/events';

declare global {
  interface Window {
    /** The raw bridge: answers are Results or JSON-text envelopes (shared/ipc/json-result), unwrapped only in lib/api.ts. */
    roundtripApi?: Readonly<Record<Channel, (input: unknown) => Promise<unknown>>>;
    roundtripEvents?: SubscribeEvents;
  }
}

export {};
