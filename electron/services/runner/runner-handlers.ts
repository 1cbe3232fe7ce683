/** The runner:* channels: the app runs a collection with the same engine as `roundtrip run`. */
import path from 'node:path';
import type { Handlers } from '../../../shared/ipc/contract';
import type { EventSink } from '../../../shared/ipc/events';
import { UserFacingError } from '../app-error';
import { loadRunInput, loadRunSpec } from './load-run-input';
import { runCollection } from './run-collection';

type RunnerChannels = 'runner:start' | 'runner:stop';

/** Handlers that run collections and stream each step as a runner:step event. */
export function createRunnerHandlers(deps: { readonly events: EventSink }): Pick<Handlers, RunnerChannels> {
  const running = new Map<string, AbortController>();
  return {
    'runner:start': async (input) => {
      if (!path.isAbsolute(input.root)) throw new UserFacingError('bad-path', `"${input.root}" is not an absolute collections folder. Refresh the collections list and try again.`);
      const target = path.resolve(input.root, input.targetId);
      if (path.relative(input.root, target).startsWith('..')) throw new UserFacingError('bad-path', `"${input.targetId}" is not inside the collections folder. Refresh the collections list and try again.`);
      if (running.has(input.runId)) throw new UserFacingError('already-running', `A run with id ${input.runId} is already going.`);
      const stop = new AbortController();
      running.set(input.runId, stop);
      try {
        const runInput = await loadRunInput(target);
        const model = await loadRunSpec(runInput);
        return await runCollection(runInput.plan, {
          ...(input.variables ? { variables: input.variables } : {}),
          ...(input.environmentName === undefined ? {} : { variablesLabel: `the environment "${input.environmentName}"`, setIn: `the environment "${input.environmentName}"` }),
          ...(input.iterations === undefined ? {} : { iterations: input.iterations }),
          ...(input.bail === undefined ? {} : { bail: input.bail }),
          ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
          ...(input.only ? { only: new Set(input.only) } : {}),
          ...(model ? { model } : {}),
          signal: stop.signal,
          onStep: (result) => deps.events.emit('runner:step', { runId: input.runId, result }),
        });
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
