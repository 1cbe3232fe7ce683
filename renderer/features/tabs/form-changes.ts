/** Whether a request form differs from the one it is compared with (last saved, or fresh). */
import type { OperationModel } from '../../../shared/model/api-model';
import { keyParamKey, type RequestForm } from '../request/request-form-model';

// Only what the person edits counts: send bookkeeping (attempted, lastSent, notes, attempts)
// changes without anything to save, and the Idempotency-Key is fresh on every form and send.
function content(form: RequestForm, keyParam: string | undefined): string {
  const params = Object.entries(form.params)
    .filter(([key, value]) => key !== keyParam && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  const bodies = Object.entries(form.bodies).sort(([a], [b]) => a.localeCompare(b));
  const serverVars = Object.entries(form.serverVars).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({
    serverIndex: form.serverIndex,
    serverVars,
    params,
    mediaType: form.mediaType ?? null,
    bodies,
    addedKey: form.addedKey !== undefined,
    guardOff: form.guardOff ?? false,
    autoRetry: form.autoRetry ?? null,
  });
}

/** True when `form` holds edits that `baseline` does not. */
export function formChanged(op: OperationModel, form: RequestForm, baseline: RequestForm): boolean {
  const keyParam = keyParamKey(op);
  return content(form, keyParam) !== content(baseline, keyParam);
}
