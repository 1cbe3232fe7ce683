/** The verify:* channels: the app verifies an API with the same engine as `roundtrip verify`. */
import type { Handlers } from '../../../shared/ipc/contract';
import type { EventSink } from '../../../shared/ipc/events';
import type { OperationModel } from '../../../shared/model/api-model';
import type { VerifyReport } from '../../../shared/verify/verify-report';
import { UserFacingError } from '../app-error';
import { openSpec } from '../spec/load-spec';
import { runVerify } from './run-verify';
import type { RequestDescription } from '../../../shared/request/request-model';
import { sendRequest } from '../http/send-request';
import type { TlsSettingsStore } from '../tls/tls-settings-store';
import { assertVerifiableTarget, checkReachable } from './verify-target';

type VerifyChannels = 'verify:start' | 'verify:stop';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Handlers that verify an API and stream each check's end as a verify:check event. */
export function createVerifyHandlers(deps: { readonly events: EventSink; readonly tls?: TlsSettingsStore }): Pick<Handlers, VerifyChannels> {
  const running = new Map<string, AbortController>();
  return {
    'verify:start': async (input): Promise<VerifyReport> => {
      if (running.has(input.runId)) throw new UserFacingError('already-running', `A verify run with id ${input.runId} is already going.`);
      const baseUrl = input.baseUrl.trim().replace(/\/+$/, '');
      if (!/^https?:\/\/[^/]/i.test(baseUrl)) throw new UserFacingError('bad-input', `"${input.baseUrl}" is not an http(s) URL. Give the base URL where the API runs, such as http://127.0.0.1:8000.`);
      assertVerifiableTarget(baseUrl, input.allowRemote === true, 'tick "Allow a remote target"');
      const stop = new AbortController();
      running.set(input.runId, stop);
      try {
        const location = input.source.kind === 'url' ? input.source.url : input.source.path;
        // The document is read again here, as the CLI reads it: the engine works on the main side's model.
        const model = (await openSpec(input.source)).spec.model;
        const operations = input.operations.map((key): OperationModel => {
          const found = model.operations.find((op) => `${op.method} ${op.path}` === key && op.webhook !== true);
          if (found === undefined) throw new UserFacingError('bad-input', `The document at ${location} has no operation "${key}" any more. Reload it and choose the operations again.`);
          return found;
        });
        const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        // The app's client certificates and CAs apply to verify's requests as to the editor's.
        const tls = await deps.tls?.forSends();
        const sender = tls === undefined ? undefined : (request: RequestDescription) => sendRequest(request, { tls });
        await checkReachable(baseUrl, input.headers, timeoutMs, sender);
        return await runVerify({
          model,
          spec: location,
          baseUrl,
          headers: input.headers,
          ...(input.signing === undefined ? {} : { signing: input.signing }),
          operations,
          checks: input.checks,
          maxExamples: input.maxExamples,
          seed: input.seed,
          workers: 2,
          volatile: input.volatile ?? [],
          timeoutMs,
          signal: stop.signal,
          ...(sender === undefined ? {} : { sender }),
          onCheck: (e) => deps.events.emit('verify:check', { runId: input.runId, ...e }),
        });
      } finally {
        running.delete(input.runId);
      }
    },
    'verify:stop': (input) => {
      const run = running.get(input.runId);
      run?.abort();
      return Promise.resolve(run !== undefined);
    },
  };
}
