import { useId, useState } from 'react';
import { atLimit, type LimitField } from '../../../../shared/environments/environment-limits';
import { fullNote } from '../../../../shared/environments/limit-messages';
import { useRequestExtrasStore } from '../../auth/request-extras';
import { EnvironmentEditor } from './EnvironmentEditor';
import { EnvironmentSaveNotice } from './EnvironmentSaveNotice';

const SECRET_NOTES = {
  keychain: 'Secret values are encrypted with the system keychain and kept apart from everything you save or export.',
  plain: 'This host has no keychain: secret values are kept apart from what you save or export, but stored unencrypted on this machine, as you chose.',
  none: 'This host has no keychain, so secret values are kept in memory only and are gone when you close Roundtrip; they never reach saved files, exports or logs.',
} as const;

// The problems the open editor shows beside their fields; the rest are said under the picker.
const EDITOR_FIELDS: ReadonlySet<LimitField> = new Set(['name', 'variables', 'variable-name', 'value']);

/** The active environment picker, and its editor on demand. */
export function EnvironmentBar() {
  const store = useRequestExtrasStore();
  const [editing, setEditing] = useState(false);
  const listFullId = useId();
  if (store === undefined) return null;
  const { environments, activeId } = store.environments;
  const active = environments.find((e) => e.id === activeId);
  const dispatch = store.dispatchEnvironments;
  const persistence = store.persistence;
  const problems = persistence?.problems ?? [];
  const inEditor = editing && active !== undefined;
  const beside = problems.filter((problem) => inEditor && problem.environmentId === active.id && EDITOR_FIELDS.has(problem.field));
  const listFull = atLimit('environments', environments.length);
  return (
    <section className="form-section env-bar" aria-label="Environment">
      <div className="form-section-head">
        <label className="form-section-title" htmlFor="env-select">
          Environment
        </label>
        <select id="env-select" className="input input-compact" value={activeId ?? ''} onChange={(event) => dispatch({ type: 'activate', ...(event.target.value ? { id: event.target.value } : {}) })} data-testid="env-select">
          <option value="">No environment</option>
          {environments.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name || 'Unnamed'}
            </option>
          ))}
        </select>
        {/* A new environment starts empty: a blank row would stand for a variable with no value. */}
        <button
          type="button"
          className="button button-small"
          disabled={listFull}
          aria-describedby={listFull ? listFullId : undefined}
          onClick={() => dispatch({ type: 'add', env: { id: crypto.randomUUID(), name: `Environment ${environments.length + 1}`, variables: [] } })}
          data-testid="env-new"
        >
          New
        </button>
        {active !== undefined && (
          <button type="button" className="button button-small button-ghost" aria-expanded={editing} onClick={() => setEditing(!editing)} data-testid="env-edit">
            {editing ? 'Done' : 'Edit'}
          </button>
        )}
      </div>
      {listFull && (
        <p id={listFullId} className="field-help env-limit-note" data-testid="env-list-full">
          {fullNote('environments')}
        </p>
      )}
      <EnvironmentSaveNotice problems={problems.filter((problem) => !beside.includes(problem))} {...(persistence?.error !== undefined ? { error: persistence.error } : {})} />
      {active !== undefined && editing && (
        <EnvironmentEditor
          env={active}
          onRename={(name) => dispatch({ type: 'rename', id: active.id, name })}
          onVariables={(variables) => dispatch({ type: 'set-variables', id: active.id, variables })}
          onRemove={() => dispatch({ type: 'remove', id: active.id })}
          secretNote={SECRET_NOTES[persistence?.secretStorage ?? 'none']}
          problems={beside}
        />
      )}
      {active !== undefined && editing && persistence !== undefined && !persistence.keychainAvailable && (
        <label className="auth-without">
          <input type="checkbox" checked={persistence.persistPlainSecrets} onChange={(event) => persistence.setPersistPlainSecrets(event.target.checked)} data-testid="env-persist-plain" />
          Save secret values unencrypted on this machine (no keychain here)
        </label>
      )}
    </section>
  );
}
