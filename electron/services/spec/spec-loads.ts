/**
 * The spec loads the app has in flight, by the id the renderer gave each. A load answers with the
 * model's JSON text as soon as it is normalized; a large document's outline goes out before that,
 * and the validation problems after it, as spec:outline and spec:problems events with the load's
 * id. A load can be cancelled by its id until its validation is done. Strict loads wait for
 * validation and answer only a document that passes it.
 */
import { randomUUID } from 'node:crypto';
import type { EventSink } from '../../../shared/ipc/events';
import type { JsonText } from '../../../shared/ipc/json-result';
import type { LoadedSpec, Problem, SpecOrigin } from '../../../shared/model/api-model';
import { blockingProblems } from '../../../shared/spec/problem-causes';
import { strictRefusal } from './load-spec';
import { UserFacingError } from '../app-error';
import { operationFromModel } from './operation-from-model';
import { openSpecInWorker, prewarmSpecWorker, type OperationAsker } from './open-in-worker';
import { SpecCache } from './spec-cache';
import type { SpecSource } from './read-spec-source';

export interface SpecLoadRequest {
  readonly source: SpecSource;
  readonly strict?: boolean;
  /** Chosen by the caller so it can cancel the load and knows its events. */
  readonly loadId?: string;
  readonly maxSizeMb?: number;
  readonly allowRefHosts?: readonly string[];
}

interface Opened {
  readonly json: JsonText<LoadedSpec>;
  readonly origin: SpecOrigin;
  readonly title: string;
  readonly validation: () => Promise<Problem[]>;
  readonly dispose: () => void;
}

const NO_EVENTS: EventSink = { emit: () => undefined };

/** Loads, cancels, and pushes each load's outline and validation problems as events. */
export class SpecLoads {
  private readonly inFlight = new Map<string, AbortController>();
  /** How to ask each load still building its model for one operation alone. */
  private readonly operationAskers = new Map<string, OperationAsker>();
  private readonly cache = new SpecCache();

  /**
   * `onLoaded` hears of every document that opened (to record it as recent, to watch its file): its
   * origin and title only, so the model's JSON text is never parsed in this thread.
   */
  constructor(
    private readonly events: EventSink = NO_EVENTS,
    private readonly onLoaded: (opened: { readonly origin: SpecOrigin; readonly title: string }) => void = () => undefined,
  ) {
    prewarmSpecWorker();
  }

  /** Opens a document and answers with its JSON text; unless strict, before validation is done. */
  async load(request: SpecLoadRequest): Promise<JsonText<LoadedSpec>> {
    const controller = new AbortController();
    const loadId = request.loadId ?? randomUUID();
    this.inFlight.get(loadId)?.abort();
    this.inFlight.set(loadId, controller);
    try {
      const options = {
        ...(request.maxSizeMb === undefined ? {} : { maxBytes: Math.round(request.maxSizeMb * 1024 * 1024) }),
        ...(request.allowRefHosts === undefined ? {} : { allowRefHosts: request.allowRefHosts }),
      };
      // Stamped before reading: a file that changes during the load never matches this stamp again.
      const stamp = request.source.kind === 'file' ? await this.cache.stamp(request.source.path, options) : undefined;
      const cached = stamp === undefined ? undefined : this.cache.get(stamp);
      if (cached !== undefined) {
        const problems = [...cached.problems];
        return await this.answer(request, loadId, controller, { ...cached, validation: () => Promise.resolve(problems), dispose: () => undefined });
      }
      const opened = await openSpecInWorker(request.source, {
        signal: controller.signal,
        ...options,
        onOutline: (outline) => this.events.emit('spec:outline', { loadId, outline }),
        onOperationAsker: (ask) => this.operationAskers.set(loadId, ask),
        // A strict load answers only after validation; otherwise the model goes first and validation follows.
        validateInBackground: request.strict !== true,
      });
      const keep = stamp !== undefined && opened.selfContained ? stamp : undefined;
      const validation = keep === undefined ? opened.validation : async (): Promise<Problem[]> => {
        const problems = await opened.validation();
        // A validation that was cancelled or crashed says so in a warning: not an answer to keep.
        if (!problems.some((problem) => problem.message.startsWith('Validation did not finish'))) {
          this.cache.set(keep, { json: opened.json, origin: opened.origin, title: opened.title, problems });
        }
        return problems;
      };
      const json = await this.answer(request, loadId, controller, { ...opened, validation });
      // A click may still be on its way while the page reads the model: answer it from the model, for a minute.
      this.operationAskers.set(loadId, (opKey) => Promise.resolve(operationFromModel(json, opKey)));
      setTimeout(() => this.operationAskers.delete(loadId), 60_000).unref();
      return json;
    } catch (error) {
      if (this.inFlight.get(loadId) === controller) this.inFlight.delete(loadId);
      // A load that failed answers no single operation any more.
      this.operationAskers.delete(loadId);
      throw error;
    }
  }

  /** One operation of a load still building its model: the document with that operation alone, normalized on its own. */
  async operation(loadId: string, opKey: string): Promise<JsonText<LoadedSpec>> {
    const ask = this.operationAskers.get(loadId);
    const json = ask === undefined ? undefined : await ask(opKey);
    if (json !== undefined) return json;
    throw new UserFacingError(
      'spec-operation-unavailable',
      ask === undefined ? 'That document is not being opened any more: its whole model has arrived or the load stopped. Use the open document.' : `${opKey} is not an operation of the document being opened. Pick one from its list.`,
    );
  }

  private async answer(request: SpecLoadRequest, loadId: string, controller: AbortController, opened: Opened): Promise<JsonText<LoadedSpec>> {
    if (request.strict === true) {
      const problems = blockingProblems(await opened.validation());
      opened.dispose();
      if (this.inFlight.get(loadId) === controller) this.inFlight.delete(loadId);
      if (problems.length > 0) throw strictRefusal(opened.origin.location, problems);
      this.onLoaded({ origin: opened.origin, title: opened.title });
      return opened.json;
    }
    this.onLoaded({ origin: opened.origin, title: opened.title });
    // Validation starts once the answer is on its way, so it does not hold the model back.
    setImmediate(() => void this.validate(loadId, controller, opened));
    return opened.json;
  }

  private async validate(loadId: string, controller: AbortController, opened: Opened): Promise<void> {
    const problems = await opened.validation();
    opened.dispose();
    if (this.inFlight.get(loadId) === controller) this.inFlight.delete(loadId);
    // Always sent, even for a cancelled validation (its warning says so): the page stops listening then.
    this.events.emit('spec:problems', { loadId, problems });
  }

  /** Cancels a load (reading, ref resolution or validation); false when nothing was in flight. */
  cancel(loadId: string): boolean {
    const controller = this.inFlight.get(loadId);
    if (controller === undefined) return false;
    controller.abort();
    this.inFlight.delete(loadId);
    return true;
  }
}
