/** Whether a request form differs from the one it is compared with (last saved, or fresh). */
import type { OperationModel } from '../../../shared/model/api-model';
import { keyParamKey, type RequestForm } from '../request/request-form-model';
import { isRecord } from '../../../shared/values/is-record';

// Send bookkeeping changes without anything to save, and where a file had its key header is the file's
// layout, not an edit. Everything else in the form counts, so a field added to forms later is compared
// without touching this file.
const BOOKKEEPING: ReadonlySet<string> = new Set(['attempted', 'keyOpenedWith', 'addedKeyPlace']);

function content(form: RequestForm, keyParam: string | undefined): string {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form)) {
    if (BOOKKEEPING.has(name) || value === undefined) continue;
    fields[name] = value;
  }
  // The Idempotency-Key is fresh on every form and after each send: only whether one was added counts.
  fields['params'] = Object.fromEntries(Object.entries(form.params).filter(([key, value]) => key !== keyParam && value !== ''));
  fields['addedKey'] = form.addedKey !== undefined;
  if (form.guardOff === false) delete fields['guardOff'];
  // Tests written and deleted again leave the form as it was.
  if (form.tests !== undefined && form.tests.assertions.length === 0 && form.tests.captures.length === 0) delete fields['tests'];
  return stableJson(fields);
}

// Key order must not matter: the same values typed in another order are the same form.
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** True when `form` holds edits that `baseline` does not. */
export function formChanged(op: OperationModel, form: RequestForm, baseline: RequestForm): boolean {
  const keyParam = keyParamKey(op);
  return content(form, keyParam) !== content(baseline, keyParam);
}
