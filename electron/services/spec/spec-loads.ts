/**
 * The spec loads the app has in flight: each can be cancelled by the id the renderer gave it,
 * and each returns its model at once; validation runs in a worker once the renderer asks for
 * the problems (spec:problems, sent after the list is painted). Strict loads wait for validation first.
 */
import { randomUUID } from 'node:crypto';
import type { LoadedSpec, Problem, SpecOrigin } from '../../../shared/model/api-model';
import { strictRefusal } from './load-spec';
import { openSpecInWorker, prewarmSpecWorker } from './open-in-worker';
import { preSerializedSpec } from './pre-serialized';
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
    try {
      const opened = await openSpecInWorker(request.source, {
        signal: controller.signal,
        ...(request.maxSizeMb === undefined ? {} : { maxBytes: Math.round(request.maxSizeMb * 1024 * 1024) }),
        ...(request.allowRefHosts === undefined ? {} : { allowRefHosts: request.allowRefHosts }),
      });
      if (request.strict === true) {
        const problems = await opened.validation();
        if (problems.length > 0) throw strictRefusal(opened.spec.origin.location, problems);
        this.onLoaded({ origin: opened.spec.origin, title: opened.title });
        return preSerializedSpec(opened.json, opened.spec.origin);
      }
      const validationId = randomUUID();
      // Until its validation is done, the load can still be cancelled by its id.
      this.validations.set(validationId, { start: opened.validation, dispose: opened.dispose, loadId, controller });
      setTimeout(() => this.forget(validationId), PROBLEMS_KEPT_MS).unref();
      this.onLoaded({ origin: opened.spec.origin, title: opened.title });
      // The answer stays JSON text until someone reads it: the browser host writes it out as is.
      return preSerializedSpec(opened.json, opened.spec.origin, validationId);
    } catch (error) {
      if (this.inFlight.get(loadId) === controller) this.inFlight.delete(loadId);
      throw error;
    }
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
    const controller = this.inFlight.get(loadId);
    if (controller === undefined) return false;
    controller.abort();
    this.inFlight.delete(loadId);
    return true;
  }
}
