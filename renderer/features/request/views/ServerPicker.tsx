import { useId } from 'react';
import { isAbsoluteUrl } from '../../../../shared/request/resolve-server-url';
import type { RequestFormApi } from '../use-request-form';
import { describedBy, FieldProblems } from './FieldProblems';

interface Props {
  readonly form: RequestFormApi;
}

/** Where the request goes: a server of the document, its variables, and an editable base URL. */
export function ServerPicker({ form }: Props) {
  const id = useId();
  const server = form.server;
  const variables = Object.entries(server?.variables ?? {});
  const problems = form.visibleProblems.get('baseUrl');
  const relative = !isAbsoluteUrl(form.serverUrl);
  // Keeps the server's path ("/v1") in the example, since the person must type it too.
  const example = `http://localhost:8000${form.serverUrl.startsWith('/') && form.serverUrl !== '/' ? form.serverUrl : ''}`;

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="form-section-title">
        Server
      </h3>
      <div className="field">
        <label htmlFor={`${id}-server`} className="field-name">
          <span className="field-name-text">Server</span>
        </label>
        <div className="field-control">
          <select
            id={`${id}-server`}
            className="input input-mono"
            value={form.form.serverIndex}
            onChange={(event) => form.setServer(Number(event.target.value))}
            data-testid="server-select"
          >
            {form.servers.map((choice) => (
              <option key={choice.index} value={choice.index}>
                {`${choice.url || '(empty)'}${choice.description !== undefined ? ` — ${choice.description}` : ''}`}
              </option>
            ))}
          </select>
        </div>
      </div>

      {variables.map(([name, variable]) => {
        const value = form.form.serverVars[name] ?? variable.default;
        const varId = `${id}-var-${name}`;
        return (
          <div key={name} className="field">
            <label htmlFor={varId} className="field-name">
              <span className="field-name-text">{`{${name}}`}</span>
            </label>
            <div className="field-control">
              {variable.enum && variable.enum.length > 0 ? (
                <select id={varId} className="input" value={value} onChange={(event) => form.setServerVar(name, event.target.value)}>
                  {variable.enum.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={varId} className="input input-mono" value={value} spellCheck={false} onChange={(event) => form.setServerVar(name, event.target.value)} />
              )}
              {variable.description !== undefined && <p className="field-help">{variable.description}</p>}
            </div>
          </div>
        );
      })}

      <div className="field">
        <label htmlFor={`${id}-base`} className="field-name">
          <span className="field-name-text">Base URL</span>
        </label>
        <div className="field-control">
          <div className="input-row">
            <input
              id={`${id}-base`}
              className="input input-mono"
              value={form.baseUrl}
              spellCheck={false}
              placeholder={example}
              aria-invalid={problems ? true : undefined}
              aria-describedby={describedBy(relative ? `${id}-base-help` : undefined, `${id}-base-problems`, problems)}
              onChange={(event) => form.setBaseUrl(event.target.value)}
              data-testid="base-url-input"
            />
            {form.baseUrlOverridden && (
              <button type="button" className="button button-small" onClick={form.followServer} title={`Back to ${form.serverUrl}`}>
                Use server URL
              </button>
            )}
          </div>
          {relative && (
            <p id={`${id}-base-help`} className="field-help">
              The document gives a relative server URL ({form.serverUrl || 'none'}). Type the full address of the API, for example {example}. It is
              kept for every operation on this server.
            </p>
          )}
          <FieldProblems id={`${id}-base-problems`} fieldKey="baseUrl" messages={problems} />
        </div>
      </div>
    </section>
  );
}
