import { MethodBadge } from '../../../components/MethodBadge';
import type { HttpMethod } from '../../../../shared/model/api-model';
import { CHECK_FAMILIES, CHECKS } from '../../../../shared/verify/verify-checks';
import type { Verify } from '../use-verify';
import { operationKey } from '../verify-defaults';

interface Props {
  readonly verify: Verify;
  readonly disabled: boolean;
}

/** What a run targets and checks: base URL, headers, seed and examples, operations, checks by family. */
export function VerifySetup({ verify, disabled }: Props) {
  const { settings, updateSettings } = verify;
  const allOps = verify.chosenOperations.size === verify.operations.length;
  return (
    <div className="verify-setup">
      <div className="verify-fields">
        <label>
          Base URL
          <input className="input input-compact" value={settings.baseUrl} onChange={(e) => updateSettings({ baseUrl: e.target.value })} disabled={disabled} placeholder="http://127.0.0.1:8000" data-testid="verify-base-url" />
        </label>
        <label>
          Headers (credentials), one "Name: value" a line
          <textarea className="input input-compact verify-headers" rows={2} value={settings.headersText} onChange={(e) => updateSettings({ headersText: e.target.value })} disabled={disabled} placeholder="Authorization: Bearer {{token}}" data-testid="verify-headers" />
        </label>
        <div className="verify-numbers">
          <label>
            Examples per check
            <input type="number" className="input input-compact" min={1} max={1000} value={settings.maxExamples} onChange={(e) => updateSettings({ maxExamples: Math.max(1, Math.min(1000, Math.round(Number(e.target.value)) || 1)) })} disabled={disabled} data-testid="verify-max-examples" />
          </label>
          <label>
            Seed
            <input type="number" className="input input-compact" min={0} value={settings.seed} onChange={(e) => updateSettings({ seed: Math.max(0, Math.round(Number(e.target.value)) || 0) })} disabled={disabled} data-testid="verify-seed" />
          </label>
          <span className="muted">{verify.environmentName ? `Environment: ${verify.environmentName}` : 'No environment active'}</span>
        </div>
        {verify.remote && (
          <label className="verify-check-line">
            <input type="checkbox" checked={settings.allowRemote} onChange={(e) => updateSettings({ allowRemote: e.target.checked })} disabled={disabled} data-testid="verify-allow-remote" />
            Allow a remote target (this server is meant for test writes)
          </label>
        )}
      </div>
      <div className="verify-choices">
        <fieldset className="verify-fieldset" disabled={disabled}>
          <legend>
            Operations ({verify.chosenOperations.size}/{verify.operations.length}){' '}
            <button type="button" className="button button-small button-ghost" onClick={() => verify.setAllOperations(!allOps)}>
              {allOps ? 'None' : 'All'}
            </button>
          </legend>
          <ul className="verify-list" data-testid="verify-operations">
            {verify.operations.map((op) => {
              const key = operationKey(op);
              return (
                <li key={key}>
                  <label className="verify-check-line">
                    <input type="checkbox" checked={verify.chosenOperations.has(key)} onChange={(e) => verify.setOperationChosen(key, e.target.checked)} aria-label={key} />
                    <MethodBadge method={op.method as HttpMethod} />
                    <code>{op.path}</code>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <fieldset className="verify-fieldset" disabled={disabled}>
          <legend>
            Checks ({verify.chosenChecks.size}/{CHECKS.length})
          </legend>
          <ul className="verify-list" data-testid="verify-checks">
            {CHECK_FAMILIES.map((family) => {
              const names = CHECKS.filter((c) => c.family === family);
              const chosen = names.filter((c) => verify.chosenChecks.has(c.name)).length;
              return (
                <li key={family}>
                  <label className="verify-check-line verify-family">
                    <input
                      type="checkbox"
                      checked={chosen === names.length}
                      ref={(el) => {
                        if (el) el.indeterminate = chosen > 0 && chosen < names.length;
                      }}
                      onChange={(e) => verify.setChecksChosen(names.map((c) => c.name), e.target.checked)}
                      aria-label={`Family ${family}`}
                    />
                    {family}
                  </label>
                  <ul className="verify-sublist">
                    {names.map((c) => (
                      <li key={c.name}>
                        <label className="verify-check-line" title={c.proves}>
                          <input type="checkbox" checked={verify.chosenChecks.has(c.name)} onChange={(e) => verify.setChecksChosen([c.name], e.target.checked)} aria-label={c.name} />
                          <code>{c.name}</code>
                        </label>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    </div>
  );
}
