/** The runner:* channels: the app runs a collection with the same engine as `roundtrip run`. */
import type { Handlers } from '../../../shared/ipc/contract';
import type { EventSink } from '../../../shared/ipc/events';
import { UserFacingError } from '../app-error';
import { resolveEntry, rootProblem } from '../collections/collection-paths';
import { isCollectionDir } from '../collections/read-tree';
import { loadRunInput } from './load-run-input';
import { readRunSpec, unreadableSpecOptions, withSpecNotice } from './read-run-spec';
import { runCollection } from './run-collection';
import { runSender } from './run-tls';
import type { TlsSettingsStore } from '../tls/tls-settings-store';
import { tokenFile } from '../auth/oauth-login-handlers';
import { attachLoginTokens } from '../auth/run-login-tokens';
import { tokenStoreAt } from '../auth/token-store';

type RunnerChannels = 'runner:start' | 'runner:stop';

/** Handlers that run collections and stream each step as a runner:step event. */
export function createRunnerHandlers(deps: { readonly events: EventSink; readonly tls?: TlsSettingsStore; readonly dataDir?: string }): Pick<Handlers, RunnerChannels> {
  const running = new Map<string, AbortController>();
  return {
    'runner:start': async (input) => {
      const problem = rootProblem(input.root);
      if (problem !== undefined) throw new UserFacingError('bad-path', `${problem} Refresh the collections list and try again.`);
      const target = await resolveEntry(input.root, input.targetId);
      // The run's collection is the target's first folder, never one found above the collections folder.
      const collectionId = input.targetId.split('/')[0] ?? input.targetId;
      if (!(await isCollectionDir(await resolveEntry(input.root, collectionId)))) throw new UserFacingError('no-collection', `${collectionId} in ${input.root} is not a collection (it has no collection.json). Refresh the collections list and try again.`);
      if (running.has(input.runId)) throw new UserFacingError('already-running', `A run with id ${input.runId} is already going.`);
      const stop = new AbortController();
      running.set(input.runId, stop);
      try {
        const runInput = await loadRunInput(target);
        // The same rule as `roundtrip run`: a spec that could not be read is a notice, a broken one stops here.
        const spec = await readRunSpec(runInput);
        if (spec.unreadable !== undefined) deps.events.emit('runner:spec-unreadable', { runId: input.runId, notice: spec.unreadable });
        // The app's certificates under the collection's; a cookie jar of the run's own.
        const app = await deps.tls?.forRuns();
        const send = await runSender({ collectionDir: runInput.collectionDir, ...(runInput.tls ? { collection: runInput.tls } : {}), variables: input.variables ?? {}, ...(app ? { app } : {}) });
        // Requests that need an interactive login's token get it from the logins made in Auth.
        const logins = deps.dataDir === undefined ? { plan: runInput.plan } : await attachLoginTokens(runInput.plan, tokenStoreAt(tokenFile(deps.dataDir)), input.variables);
        const report = await runCollection(logins.plan, {
          ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}),
          ...(logins.refuseSend ? { refuseSend: logins.refuseSend } : {}),
          ...(input.variables ? { variables: input.variables } : {}),
          ...(input.environmentName === undefined ? {} : { variablesLabel: `the environment "${input.environmentName}"`, setIn: `the environment "${input.environmentName}"` }),
          // A data row's columns win over the collection and the environment, as with `roundtrip run --data`.
          ...(input.data ? { iterationData: input.data, setIn: `${input.environmentName === undefined ? 'an environment' : `the environment "${input.environmentName}"`} or the data file${input.dataName === undefined ? '' : ` ${input.dataName}`}` } : {}),
          ...(input.iterations === undefined ? {} : { iterations: input.iterations }),
          ...(input.bail === undefined ? {} : { bail: input.bail }),
          ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
          ...(input.only ? { only: new Set(input.only) } : {}),
          ...(spec.model ? { model: spec.model } : {}),
          ...unreadableSpecOptions(spec),
          signal: stop.signal,
          send,
          // The app's Runner never reads files outside the collection: trusting one is a deliberate command-line choice.
          files: { collectionDir: runInput.collectionDir, allowHint: 'run the collection with `roundtrip run --allow-files-outside` if you trust it' },
          onStep: (result) => deps.events.emit('runner:step', { runId: input.runId, result }),
        });
        return withSpecNotice(report, spec);
      } finally {
        running.delete(input.runId);
      }
    },
    'runner:stop': (input) => {
      const run = running.get(input.runId);
      run?.abort();
      return Promise.resolve(run !== undefined);
    },
  };
}
