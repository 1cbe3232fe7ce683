/**
 * The spec loads the app has in flight: each can be cancelled by the id the renderer gave it,
 * and each returns its model at once; validation runs in a worker once the renderer asks for
 * the problems (spec:problems, sent after the list is painted). Strict loads wait for validation first.
 */
import { randomUUID } from 'node:crypto';
import type { LoadedSpec, Problem, SpecOrigin, SpecOutline } from '../../../shared/model/api-model';
import { blockingProblems } from '../../../shared/spec/problem-causes';
import { strictRefusal } from './load-spec';
import { openSpecInWorker, prewarmSpecWorker } from './open-in-worker';
import { preSerializedSpec } from './pre-serialized';
import { SpecCache } from './spec-cache';
import { SpecOutlines } from './spec-outlines';
import type { SpecSource } from './read-spec-source';

export interface SpecLoadRequest {
  readonly source: SpecSource;
  readonly strict?: boolean;
  /** Chosen by the caller so it can cancel the load before it answers. */
  readonly loadId?: string;
  readonly maxSizeMb?: number;
  readonly allowRefHosts?: readonly string[];
}

// A renderer that never asks for its problems must not keep them forever.
const PROBLEMS_KEPT_MS = 10 * 60_000;
/** Loads, cancels, and hands out validation results that finish after the load answered. */
export class SpecLoads {
  private readonly inFlight = new Map<string, AbortController>();
  private readonly cache = new SpecCache();
  private readonly outlines = new SpecOutlines();
  private readonly validations = new Map<
    string,
    { readonly start: () => Promise<Problem[]>; readonly dispose: () => void; readonly loadId: string; readonly controller: AbortController }
  >();

  /**
   * `onLoaded` hears of every document that opened (to record it as recent, to watch its file): its
   * origin and title only, so the model's JSON text is never parsed in this thread.
   */
  constructor(private readonly onLoaded: (opened: { readonly origin: SpecOrigin; readonly title: string }) => void = () => undefined) {
    prewarmSpecWorker();
  }

  /** Opens a document; unless strict, answers before validation is done, with a validationId. */
  async load(request: SpecLoadRequest): Promise<LoadedSpec> {
    const controller = new AbortController();
    const loadId = request.loadId ?? randomUUID();
    this.inFlight.get(loadId)?.abort();
    this.inFlight.set(loadId, controller);
    const outline = this.outlines.begin(loadId);
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
        return this.answer(request, loadId, controller, { ...cached, validation: () => Promise.resolve(problems), dispose: () => undefined });
      }
      const opened = await openSpecInWorker(request.source, { signal: controller.signal, ...options, onOutline: outline.send });
      const keep = stamp !== undefined && opened.selfContained ? stamp : undefined;
      const validation = keep === undefined ? opened.validation : async (): Promise<Problem[]> => {
        const problems = await opened.validation();
        // A validation that was cancelled or crashed says so in a warning: not an answer to keep.
        if (!problems.some((problem) => problem.message.startsWith('Validation did not finish'))) {
          this.cache.set(keep, { json: opened.json, origin: opened.spec.origin, title: opened.title, problems });
        }
        return problems;
      };
      return await this.answer(request, loadId, controller, { json: opened.json, origin: opened.spec.origin, title: opened.title, validation, dispose: opened.dispose });
    } catch (error) {
      if (this.inFlight.get(loadId) === controller) this.inFlight.delete(loadId);
      throw error;
    } finally {
      // Small documents, cache hits and failures have no outline: whoever waits for one hears so now.
      outline.end();
    }
  }

  /**
   * A large document's operation list while its model is still being built: asked with the load's
   * id alongside spec:load (before or after it starts). Null when the load has none to give (a
   * small document, an answer from the cache, a failure, a cancel) or never starts.
   */
  outline(loadId: string): Promise<SpecOutline | null> {
    return this.outlines.ask(loadId);
  }

  private async answer(
    request: SpecLoadRequest,
    loadId: string,
    controller: AbortController,
    opened: { readonly json: string; readonly origin: SpecOrigin; readonly title: string; readonly validation: () => Promise<Problem[]>; readonly dispose: () => void },
  ): Promise<LoadedSpec> {
    if (request.strict === true) {
      const problems = blockingProblems(await opened.validation());
      if (problems.length > 0) throw strictRefusal(opened.origin.location, problems);
      this.onLoaded({ origin: opened.origin, title: opened.title });
      if (this.inFlight.get(loadId) === controller) this.inFlight.delete(loadId);
      return preSerializedSpec(opened.json, opened.origin);
    }
    const validationId = randomUUID();
    // Until its validation is done, the load can still be cancelled by its id.
    this.validations.set(validationId, { start: opened.validation, dispose: opened.dispose, loadId, controller });
    setTimeout(() => this.forget(validationId), PROBLEMS_KEPT_MS).unref();
    this.onLoaded({ origin: opened.origin, title: opened.title });
    // The answer stays JSON text until someone reads it: the browser host writes it out as is.
    return preSerializedSpec(opened.json, opened.origin, validationId);
  }

  /** The validation problems of a load, once validation is done; empty for an unknown id. */
  async problems(validationId: string): Promise<Problem[]> {
    const entry = this.validations.get(validationId);
    if (entry === undefined) return [];
    const problems = await entry.start();
    this.forget(validationId);
    return problems;
  }

  private forget(validationId: string): void {
    const entry = this.validations.get(validationId);
    if (entry === undefined) return;
    this.validations.delete(validationId);
    entry.dispose();
    if (this.inFlight.get(entry.loadId) === entry.controller) this.inFlight.delete(entry.loadId);
  }

  /** Cancels a load (reading, ref resolution or validation); false when nothing was in flight. */
  cancel(loadId: string): boolean {
    this.outlines.cancel(loadId);
    const controller = this.inFlight.get(loadId);
    if (controller === undefined) return false;
    controller.abort();
    this.inFlight.delete(loadId);
    return true;
  }
}
