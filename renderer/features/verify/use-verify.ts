/**
 * The Verify view's state and actions: choose operations and checks, see the plan, run it through
 * verify:start (the engine of `roundtrip verify`), follow verify:check events, stop, save findings.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { CollectionsOverview } from '../../../shared/collections/listing';
import type { LoadedSpec, OperationModel } from '../../../shared/model/api-model';
import { findingRequest } from '../../../shared/verify/failures-collection';
import { isLoopbackUrl } from '../../../shared/verify/loopback';
import { CHECK_NAMES } from '../../../shared/verify/verify-checks';
import { headerLines } from '../../../shared/verify/verify-headers';
import { planVerify, type VerifyPlan } from '../../../shared/verify/verify-plan';
import type { Finding } from '../../../shared/verify/verify-report';
import { api } from '../../lib/api';
import { useRunEvents } from '../../lib/use-run-events';
import { announceCollectionsChanged } from '../collections/listing-signal';
import { useCollectionsListing } from '../collections/use-collections-listing';
import { useActiveVariables } from '../environments/use-active-variables';
import { defaultBaseUrl, operationKey } from './verify-defaults';
import { initialVerifyState, verifyReducer, type VerifyRunState } from './verify-store';

/** Where "Save as test" writes: an existing collection, or a new one by name. */
export type SaveTarget = { readonly collectionId: string } | { readonly newName: string };

export interface SaveOutcome {
  readonly ok: boolean;
  readonly message: string;
}

export interface VerifySettings {
  readonly baseUrl: string;
  readonly headersText: string;
  readonly maxExamples: number;
  readonly seed: number;
  readonly allowRemote: boolean;
}

export interface Verify {
  readonly operations: readonly OperationModel[];
  readonly chosenOperations: ReadonlySet<string>;
  readonly setOperationChosen: (key: string, on: boolean) => void;
  readonly setAllOperations: (on: boolean) => void;
  readonly chosenChecks: ReadonlySet<string>;
  readonly setChecksChosen: (names: readonly string[], on: boolean) => void;
  readonly settings: VerifySettings;
  readonly updateSettings: (change: Partial<VerifySettings>) => void;
  readonly environmentName?: string;
  readonly plan: VerifyPlan;
  /** The base URL is not this machine: verify refuses it unless remote targets are allowed. */
  readonly remote: boolean;
  /** Why the run cannot start as set up, in words for the user. */
  readonly blocked?: string;
  readonly state: VerifyRunState;
  readonly start: () => void;
  readonly stop: () => void;
  readonly collections: readonly { readonly id: string; readonly name: string }[];
  readonly collectionsRoot?: string;
  readonly saved: Readonly<Record<number, SaveOutcome>>;
  readonly saveFinding: (finding: Finding, index: number, target: SaveTarget) => Promise<void>;
}

function collectionsOf(overview: CollectionsOverview | undefined): { id: string; name: string }[] {
  return (overview?.collections ?? []).filter((c) => c.collection !== undefined).map((c) => ({ id: c.id, name: c.collection?.name ?? c.id }));
}

/** The Verify view's model for the open document. */
export function useVerify(spec: LoadedSpec): Verify {
  const operations = useMemo(() => spec.model.operations.filter((op) => op.webhook !== true), [spec.model]);
  const [chosenOperations, setChosenOperations] = useState<ReadonlySet<string>>(() => new Set(operations.map(operationKey)));
  const [chosenChecks, setChosenChecks] = useState<ReadonlySet<string>>(() => new Set(CHECK_NAMES));
  const environment = useActiveVariables();
  const [settings, setSettings] = useState<VerifySettings>(() => ({ baseUrl: defaultBaseUrl(spec, {}), headersText: '', maxExamples: 25, seed: 1, allowRemote: false }));
  const [baseUrlEdited, setBaseUrlEdited] = useState(false);
  const [state, dispatch] = useReducer(verifyReducer, initialVerifyState);
  const [saved, setSaved] = useState<Record<number, SaveOutcome>>({});
  const [listVersion, setListVersion] = useState(0);
  const listing = useCollectionsListing(true, listVersion);

  // The environment arrives after the first paint: the base URL follows it until the user edits it.
  useEffect(() => {
    if (!baseUrlEdited) setSettings((s) => ({ ...s, baseUrl: defaultBaseUrl(spec, environment.values) }));
  }, [spec, environment.values, baseUrlEdited]);

  useRunEvents((e) => (e.name === 'verify:check' ? e.payload : undefined), (runId, checks) => dispatch({ type: 'checks', runId, checks }));

  const chosenOps = useMemo(() => operations.filter((op) => chosenOperations.has(operationKey(op))), [operations, chosenOperations]);
  const checks = useMemo(() => CHECK_NAMES.filter((name) => chosenChecks.has(name)), [chosenChecks]);
  const plan = useMemo(() => planVerify(spec.model, chosenOps, checks, settings.maxExamples), [spec.model, chosenOps, checks, settings.maxExamples]);
  const headers = useMemo(() => headerLines(settings.headersText, environment.values), [settings.headersText, environment.values]);
  const remote = settings.baseUrl !== '' && !isLoopbackUrl(settings.baseUrl);
  const blocked =
    spec.origin.kind === 'text'
      ? 'This document was pasted, so verify cannot read it again. Save it to a file and open the file, or open it from its URL.'
      : !/^https?:\/\/[^/]/i.test(settings.baseUrl.trim())
        ? 'Give the base URL where the API runs, such as http://127.0.0.1:8000.'
        : 'bad' in headers
          ? `The header line "${headers.bad}" is not "Name: value".`
          : chosenOps.length === 0
            ? 'Choose at least one operation.'
            : checks.length === 0
              ? 'Choose at least one check.'
              : remote && !settings.allowRemote
                ? `${settings.baseUrl} is not this machine, and verify sends writes. Point the base URL at a local copy of the API, or allow a remote target.`
                : undefined;

  const start = useCallback(() => {
    if (blocked !== undefined || 'bad' in headers || spec.origin.kind === 'text') return;
    const runId = `verify-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    setSaved({});
    dispatch({ type: 'started', runId, total: chosenOps.length * checks.length });
    const source = spec.origin.kind === 'url' ? { kind: 'url' as const, url: spec.origin.location } : { kind: 'file' as const, path: spec.origin.location };
    void api['verify:start']({
      runId,
      source,
      baseUrl: settings.baseUrl.trim(),
      headers: headers.headers,
      operations: chosenOps.map(operationKey),
      checks,
      maxExamples: settings.maxExamples,
      seed: settings.seed,
      allowRemote: settings.allowRemote,
    }).then((result) => {
      if (result.ok) dispatch({ type: 'finished', runId, report: result.value });
      else dispatch({ type: 'failed', runId, message: result.error.message });
    });
  }, [blocked, headers, spec.origin, chosenOps, checks, settings]);

  const stop = useCallback(() => {
    if (state.runId === undefined) return;
    dispatch({ type: 'stopping', runId: state.runId });
    void api['verify:stop']({ runId: state.runId });
  }, [state.runId]);

  const saveFinding = useCallback(
    async (finding: Finding, index: number, target: SaveTarget) => {
      let parentId: string;
      if ('newName' in target) {
        const created = await api['collection:create']({ name: target.newName });
        if (!created.ok) return setSaved((s) => ({ ...s, [index]: { ok: false, message: `Could not create the collection "${target.newName}": ${created.error.message}` } }));
        parentId = created.value.id;
      } else {
        parentId = target.collectionId;
      }
      const result = await api['collection:save']({ parentId, request: findingRequest(finding, index) });
      if (!result.ok) return setSaved((s) => ({ ...s, [index]: { ok: false, message: `Not saved: ${result.error.message}` } }));
      announceCollectionsChanged();
      setListVersion((v) => v + 1);
      setSaved((s) => ({ ...s, [index]: { ok: true, message: `Saved as ${result.value.id}: run it from the Runner or with roundtrip run.` } }));
    },
    [],
  );

  const setOperationChosen = useCallback((key: string, on: boolean) => {
    setChosenOperations((before) => {
      const next = new Set(before);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const setAllOperations = useCallback((on: boolean) => setChosenOperations(on ? new Set(operations.map(operationKey)) : new Set()), [operations]);
  const setChecksChosen = useCallback((names: readonly string[], on: boolean) => {
    setChosenChecks((before) => {
      const next = new Set(before);
      for (const name of names) {
        if (on) next.add(name);
        else next.delete(name);
      }
      return next;
    });
  }, []);
  const updateSettings = useCallback((change: Partial<VerifySettings>) => {
    if (change.baseUrl !== undefined) setBaseUrlEdited(true);
    setSettings((s) => ({ ...s, ...change }));
  }, []);

  return {
    operations,
    chosenOperations,
    setOperationChosen,
    setAllOperations,
    chosenChecks,
    setChecksChosen,
    settings,
    updateSettings,
    ...(environment.name === undefined ? {} : { environmentName: environment.name }),
    plan,
    remote,
    ...(blocked === undefined ? {} : { blocked }),
    state,
    start,
    stop,
    collections: collectionsOf(listing.overview),
    ...(listing.overview ? { collectionsRoot: listing.overview.root } : {}),
    saved,
    saveFinding,
  };
}
