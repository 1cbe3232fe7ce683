/** "Load current" for a PUT: reads the resource with the document's GET on the same path and puts it in the body. */
import { useCallback, useRef, useState } from 'react';
import type { JsonSchema } from '../../../shared/model/api-model';
import { bodyFromCurrent, currentStateRequest, preconditionsFrom, readOperationFor } from '../../../shared/request/load-current';
import { api } from '../../lib/api';
import { useTypedSecrets } from '../auth/request-extras';
import type { RequestFormApi } from './use-request-form';
import { paramKey } from '../../../shared/request/build-request';

export type LoadCurrentState = { readonly status: 'idle' } | { readonly status: 'loading' } | { readonly status: 'loaded'; readonly from: string; readonly preconditions: readonly string[] } | { readonly status: 'failed'; readonly message: string };

export interface LoadCurrent {
  readonly state: LoadCurrentState;
  /** Why it cannot run now (the path parameters are not filled in), if it cannot. */
  readonly blockedWhy?: string;
  readonly load: () => void;
}

/** Undefined unless the operation is a PUT whose document has a GET on the same path. */
export function useLoadCurrent(form: RequestFormApi, defs: Readonly<Record<string, JsonSchema>>): LoadCurrent | undefined {
  // The note is about the URL it was made for: another resource in the form shows none.
  const [noted, setState] = useState<LoadCurrentState & { readonly for?: string }>({ status: 'idle' });
  const readOp = readOperationFor(form.op, form.operations);
  const put = form.build.request;
  const mediaType = form.form.mediaType;
  const schema = form.op.requestBody?.content.find((m) => m.mediaType === mediaType)?.schema;
  const { setBodyText, setParam } = form;
  const op = form.op;
  // History masks these wherever they appear (an API key in the query, say); they are never sent.
  const secrets = useTypedSecrets();
  const url = put?.url;
  const latestUrl = useRef(url);
  latestUrl.current = url;
  const load = useCallback(() => {
    if (put === undefined) return;
    const read = { ...currentStateRequest(put, readOp), ...(secrets.length > 0 ? { secretValues: secrets } : {}) };
    const note = (next: LoadCurrentState): void => setState({ ...next, for: put.url });
    note({ status: 'loading' });
    void api['request:send']({ ...read, headers: [...read.headers] }).then((result) => {
      // The form names another resource by now: what was read is not its current state.
      if (latestUrl.current !== put.url) return;
      if (!result.ok) {
        note({ status: 'failed', message: `Could not read ${read.url}: ${result.error.message}` });
        return;
      }
      const loaded = bodyFromCurrent(result.value, schema, defs);
      if (!loaded.ok) {
        note({ status: 'failed', message: loaded.message });
        return;
      }
      setBodyText(loaded.text);
      // A PUT that must name the version it replaces (If-Match) gets it from the answer just read.
      const preconditions = preconditionsFrom(op, result.value);
      for (const { name, value } of preconditions) setParam(paramKey({ in: 'header', name }), value);
      note({ status: 'loaded', from: read.url, preconditions: preconditions.map(({ name, value }) => `${name} ${value}`) });
    });
  }, [put, readOp, op, schema, defs, setBodyText, setParam, secrets]);
  if (readOp === undefined) return undefined;
  const state: LoadCurrentState = noted.for === url ? noted : { status: 'idle' };
  return { state, load, ...(put === undefined ? { blockedWhy: form.build.waiting ?? 'Fill in the path parameters first: Load current reads the resource they name.' } : {}) };
}
