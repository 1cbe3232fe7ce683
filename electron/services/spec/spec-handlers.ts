/** The spec:* channel handlers and what they share: loads in flight, recent documents, file watching. */
import type { Handlers } from '../../../shared/ipc/contract';
import type { EventSink } from '../../../shared/ipc/events';
import { RecentSpecs } from './recent-specs';
import { SpecLoads } from './spec-loads';
import { SpecWatcher } from './spec-watcher';

type SpecHandlers = Pick<Handlers, 'spec:load' | 'spec:cancel' | 'spec:operation' | 'spec:recent'>;

/** Builds the spec handlers over one data folder and one event sink. */
export function createSpecHandlers(deps: { readonly events: EventSink; readonly dataDir: string }): SpecHandlers {
  const recent = new RecentSpecs(deps.dataDir);
  const watcher = new SpecWatcher(deps.events);
  const loads = new SpecLoads(deps.events, ({ origin, title }) => {
    if (origin.kind === 'text') return;
    void recent.record({ kind: origin.kind, location: origin.location, title, openedAt: new Date().toISOString() });
    if (origin.kind === 'file') watcher.watch(origin.location);
  });
  return {
    'spec:load': (input) => loads.load(input),
    'spec:cancel': (input) => Promise.resolve(loads.cancel(input.loadId)),
    'spec:operation': (input) => loads.operation(input.loadId, input.opKey),
    'spec:recent': () => recent.list(),
  };
}
