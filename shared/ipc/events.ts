/**
 * Events the main process pushes to the renderer (a watched file changed, a download
 * progressed). Declared once here; Electron delivers them over one IPC channel, the
 * browser host over one Server-Sent Events stream.
 */
import type { RetryAttempt } from '../idempotency/retry-policy';
import type { Problem, SpecOutline } from '../model/api-model';
import type { StepResult } from '../runner/run-result';
import type { UnreadableSpecNotice } from '../runner/run-spec-failure';
import type { CheckStatus } from '../verify/verify-report';

export interface EventMap {
  /** Sent once to every new listener so it knows the stream is live (and tests can wait for it). */
  readonly 'app:ready': { readonly at: number };
  /** Bytes of a response body received so far (on the wire), for the request the renderer named. */
  readonly 'request:progress': { readonly requestId: string; readonly receivedBytes: number; readonly totalBytes?: number };
  /** One attempt of an automatically retried request finished (issue 6); `waitMs` is the pause before the next. */
  readonly 'request:attempt': RetryAttempt & { readonly requestId: string; readonly of: number };
  /** The application menu (or its accelerator) asked the window to do something. */
  readonly 'menu:command': { readonly command: MenuCommand };
  /** The desktop app was asked to open a document (command line, second launch, dropped on the dock icon). */
  readonly 'spec:open-path': { readonly path: string };
  /** A document opened from a file changed on disk; the renderer reloads it if it is still open. */
  readonly 'spec:changed': { readonly location: string };
  /** Collection files changed outside the app (a git pull, an editor): ids relative to the collections folder. */
  readonly 'collection:changed': { readonly ids: readonly string[] };
  /** The desktop menu's Open Recent asked for a collections folder: the renderer switches to it and shows it. */
  readonly 'collection:open-root': { readonly root: string };
  /** A large document's operation list, sent while spec:load of the same loadId still builds its model. */
  readonly 'spec:outline': { readonly loadId: string; readonly outline: SpecOutline };
  /** Full validation of the document spec:load of this loadId answered with is done (strict loads have none). */
  readonly 'spec:problems': { readonly loadId: string; readonly problems: readonly Problem[] };
  /** One step of a collection run ended (issue 8), in the order steps end. */
  readonly 'runner:step': { readonly runId: string; readonly result: StepResult };
  /** A run goes on without its collection's spec, which could not be read: sent before its first step. */
  readonly 'runner:spec-unreadable': { readonly runId: string; readonly notice: UnreadableSpecNotice };
  /** One check of a verify run ended (issue 15): `done` of `total` checks so far. */
  readonly 'verify:check': { readonly runId: string; readonly method: string; readonly path: string; readonly check: string; readonly status: CheckStatus; readonly reason?: string; readonly applies?: false; readonly done: number; readonly total: number };
}

/** What the application menu can ask of the window; the renderer decides what each means there. */
export type MenuCommand = 'open-spec' | 'send' | 'save' | 'new-tab' | 'close-tab' | 'find';

export type EventName = keyof EventMap;

/** One event: a union over the names, so checking `name` narrows `payload`. */
export type AppEvent<E extends EventName = EventName> = { readonly [K in E]: { readonly name: K; readonly payload: EventMap[K] } }[E];

const EVENT_NAMES: Readonly<Record<EventName, true>> = {
  'app:ready': true,
  'request:progress': true,
  'request:attempt': true,
  'menu:command': true,
  'spec:open-path': true,
  'spec:changed': true,
  'collection:changed': true,
  'collection:open-root': true,
  'spec:outline': true,
  'spec:problems': true,
  'runner:step': true,
  'runner:spec-unreadable': true,
  'verify:check': true,
};

/** Builds an event from a name and its payload (emit's two arguments). */
export function appEvent<E extends EventName>(name: E, payload: EventMap[E]): AppEvent {
  // The compiler cannot relate a generic name to its payload across the union; the signature does.
  return { name, payload } as AppEvent;
}

/**
 * True for an event frame this version knows: a known name and an object payload. The payload's
 * fields are the main process's own output (as a channel's value is), not checked one by one.
 */
export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null || !('name' in value) || !('payload' in value)) return false;
  return typeof value.name === 'string' && Object.hasOwn(EVENT_NAMES, value.name) && typeof value.payload === 'object' && value.payload !== null;
}

/** The one IPC channel (Electron) that carries every event. */
export const EVENT_CHANNEL = 'roundtrip:event';

/** Sent by the preload when the page first subscribes: events queued before then (a file to open from the command line) are delivered. */
export const EVENTS_READY_CHANNEL = 'roundtrip:events-ready';

/** Where the main side emits; services receive one and know nothing of the transport. */
export interface EventSink {
  emit<E extends EventName>(name: E, payload: EventMap[E]): void;
}

/** What the renderer subscribes with; returns the function that unsubscribes. */
export type SubscribeEvents = (listener: (event: AppEvent) => void) => () => void;
