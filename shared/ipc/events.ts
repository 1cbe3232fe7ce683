/**
 * Events the main process pushes to the renderer (a watched file changed, a download
 * progressed). Declared once here; Electron delivers them over one IPC channel, the
 * browser host over one Server-Sent Events stream.
 */
import type { RetryAttempt } from '../idempotency/retry-policy';

export interface EventMap {
  /** Sent once to every new listener so it knows the stream is live (and tests can wait for it). */
  readonly 'app:ready': { readonly at: number };
  /** Bytes of a response body received so far (on the wire), for the request the renderer named. */
  readonly 'request:progress': { readonly requestId: string; readonly receivedBytes: number; readonly totalBytes?: number };
  /** One attempt of an automatically retried request finished (issue 6); `waitMs` is the pause before the next. */
  readonly 'request:attempt': RetryAttempt & { readonly requestId: string; readonly of: number };
  /** A document opened from a file changed on disk; the renderer reloads it if it is still open. */
  readonly 'spec:changed': { readonly location: string };
}

export type EventName = keyof EventMap;

export interface AppEvent<E extends EventName = EventName> {
  readonly name: E;
  readonly payload: EventMap[E];
}

/** The one IPC channel (Electron) that carries every event. */
export const EVENT_CHANNEL = 'roundtrip:event';

/** Where the main side emits; services receive one and know nothing of the transport. */
export interface EventSink {
  emit<E extends EventName>(name: E, payload: EventMap[E]): void;
}

/** What the renderer subscribes with; returns the function that unsubscribes. */
export type SubscribeEvents = (listener: (event: AppEvent) => void) => () => void;
