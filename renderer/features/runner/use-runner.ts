/**
 * The in-app runner: picks a collection or folder, shows its plan (non-idempotent steps marked),
 * runs it through runner:start, fills the live table from runner:step events, stops, re-runs failed.
 */
import { useCallback, useMemo, useReducer, useState } from 'react';
import type { CollectionEntry, CollectionListing, CollectionsOverview } from '../../../shared/collections/listing';
import type { RunPlan } from '../../../shared/runner/run-plan';
import { useLazyModule } from '../../lib/use-lazy-module';
import { api } from '../../lib/api';
import { useRunEvents } from '../../lib/use-run-events';
import { useCollectionsListing } from '../collections/use-collections-listing';
import { useActiveVariables } from '../environments/use-active-variables';
import { failedStepIds, initialRunnerState, runnerReducer, type RunnerState } from './runner-store';
import { useDataFile, type DataFile } from './use-data-file';
import { collectionLabels } from '../../../shared/collections/collection-labels';

/** A collection or folder the runner can run. */
export interface RunTarget {
  readonly id: string;
  readonly label: string;
  readonly depth: number;
}

export interface Runner {
  readonly targets: readonly RunTarget[];
  readonly targetId: string;
  readonly setTargetId: (id: string) => void;
  readonly plan?: RunPlan;
  readonly iterations: number;
  readonly setIterations: (n: number) => void;
  readonly bail: boolean;
  readonly setBail: (on: boolean) => void;
  readonly environmentName?: string;
  readonly loadError?: string;
  readonly state: RunnerState;
  readonly start: () => void;
  readonly stop: () => void;
  readonly rerunFailed: () => void;
  readonly refresh: () => void;
  /** The data file chosen for the run (one iteration per row), or what is wrong with it. */
  readonly dataFile?: DataFile;
  readonly chooseDataFile: (file: File) => void;
  readonly clearDataFile: () => void;
}

function targetsOf(overview: CollectionsOverview | undefined): RunTarget[] {
  const out: RunTarget[] = [];
  const walk = (entries: readonly CollectionEntry[], depth: number): void => {
    for (const entry of entries) {
      if (entry.kind !== 'folder') continue;
      out.push({ id: entry.id, label: entry.folder.name, depth });
      walk(entry.children, depth + 1);
    }
  };
  const labels = collectionLabels((overview?.collections ?? []).map((c) => ({ id: c.id, name: c.collection?.name })));
  for (const c of overview?.collections ?? []) {
    out.push({ id: c.id, label: labels.get(c.id) ?? c.id, depth: 0 });
    walk(c.children, 1);
  }
  return out;
}

function listingOf(overview: CollectionsOverview | undefined, targetId: string): CollectionListing | undefined {
  return overview?.collections.find((c) => targetId === c.id || targetId.startsWith(`${c.id}/`));
}

const loadPlanner = () => import('../../../shared/runner/run-plan');

/** The runner's state and actions; it reads the collections and environments once `active` is true. */
export function useRunner(active: boolean): Runner {
  const [targetId, setTargetId] = useState('');
  const [iterations, setIterations] = useState(1);
  const [bail, setBail] = useState(false);
  const [version, setVersion] = useState(0);
  const [state, dispatch] = useReducer(runnerReducer, initialRunnerState);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const { overview, error: listError } = useCollectionsListing(active, version);
  const loadError = listError?.message;

  const variables = useActiveVariables();
  const data = useDataFile();
  const rows = data.file !== undefined && 'rows' in data.file ? data.file : undefined;
  const { choose: chooseData, clear: clearData } = data;
  // A data file sets the iterations to its rows, as `roundtrip run --data` does; they can still be changed.
  const chooseDataFile = useCallback(
    (file: File) =>
      void chooseData(file).then((read) => {
        if ('rows' in read) setIterations(read.rows.length);
      }),
    [chooseData],
  );
  const clearDataFile = useCallback(() => {
    clearData();
    setIterations(1);
  }, [clearData]);

  useRunEvents((e) => (e.name === 'runner:step' ? e.payload : undefined), (runId, events) => dispatch({ type: 'steps', runId, results: events.map((each) => each.result) }));
  // Heard before the first step, so the warning stands above the table while the run goes on.
  useRunEvents((e) => (e.name === 'runner:spec-unreadable' ? e.payload : undefined), (runId, events) => events.forEach(({ notice }) => dispatch({ type: 'spec-unreadable', runId, notice })));

  const targets = useMemo(() => targetsOf(overview), [overview]);
  const chosen = targetId !== '' && targets.some((t) => t.id === targetId) ? targetId : (targets[0]?.id ?? '');
  const listing = listingOf(overview, chosen);
  // The planner brings the assertion schemas (zod) with it: loaded when the runner opens, not with the page.
  const planner = useLazyModule(loadPlanner, active);
  const plan = useMemo(() => (listing && planner ? planner.planRun(listing, chosen === listing.id ? undefined : chosen) : undefined), [listing, chosen, planner]);

  const run = useCallback(
    (only?: readonly string[]) => {
      if (!overview || !plan || chosen === '') return;
      const runId = `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const steps = only ? plan.steps.filter((s) => only.includes(s.id)).length : plan.steps.length;
      dispatch({ type: 'started', runId, total: steps * iterations, ...(rows ? { rows: rows.rows } : {}) });
      void api['runner:start']({ runId, root: overview.root, targetId: chosen, iterations, bail, ...(variables.name === undefined ? {} : { variables: variables.values, environmentName: variables.name }), ...(only ? { only: [...only] } : {}), ...(rows ? { data: rows.rows.map((row) => ({ ...row })), dataName: rows.name } : {}) }).then((result) => {
        if (result.ok) dispatch({ type: 'finished', runId, report: result.value });
        else dispatch({ type: 'failed', runId, message: result.error.message });
      });
    },
    [overview, plan, chosen, iterations, bail, variables, rows],
  );
  const start = useCallback(() => run(), [run]);
  const rerunFailed = useCallback(() => run(failedStepIds(state.results)), [run, state.results]);
  const stop = useCallback(() => {
    if (state.runId !== undefined) void api['runner:stop']({ runId: state.runId });
  }, [state.runId]);

  return {
    targets,
    targetId: chosen,
    setTargetId,
    ...(plan ? { plan } : {}),
    iterations,
    setIterations,
    bail,
    setBail,
    ...(variables.name === undefined ? {} : { environmentName: variables.name }),
    ...(loadError === undefined ? {} : { loadError }),
    state,
    start,
    stop,
    rerunFailed,
    refresh,
    ...(data.file ? { dataFile: data.file } : {}),
    chooseDataFile,
    clearDataFile,
  };
}
