import type { LoadedSpec } from '../../../../shared/model/api-model';
import { Markdown, SafeLink } from '../../../components/Markdown';

interface Props {
  readonly spec: LoadedSpec;
  /** Opens the Verify view for this document. */
  readonly onVerify?: () => void;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function schemaName(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

/** What shows before an operation is picked: the API's own description and where it came from. */
export function ApiOverview({ spec, onVerify }: Props) {
  const { model, origin } = spec;
  const webhooks = model.webhooks?.length ?? 0;
  const schemes = Object.entries(model.securitySchemes ?? {});
  return (
    <section className="panel overview" aria-label="API overview">
      <div className="overview-heading">
        <h1 className="overview-title">{model.title}</h1>
        {onVerify && (
          <button type="button" className="button button-small" onClick={onVerify} title="Check that the running API keeps this document's and HTTP's promises" data-testid="open-verify">
            Verify this API
          </button>
        )}
      </div>
      <p className="muted">
        Version {model.version} · {plural(model.operations.length, 'operation')}
        {webhooks > 0 ? ` · ${plural(webhooks, 'webhook')}` : ''} · from {origin.location}
      </p>
      {model.description !== undefined && <Markdown text={model.description} className="description" />}
      {(model.externalDocs !== undefined || model.termsOfService !== undefined || model.contact !== undefined) && (
        <ul className="overview-links" data-testid="overview-links">
          {model.externalDocs !== undefined && (
            <li>
              <SafeLink href={model.externalDocs.url}>{model.externalDocs.description ?? 'External documentation'}</SafeLink>
            </li>
          )}
          {model.termsOfService !== undefined && (
            <li>
              <SafeLink href={model.termsOfService}>Terms of service</SafeLink>
            </li>
          )}
          {model.contact?.url !== undefined && (
            <li>
              <SafeLink href={model.contact.url}>{model.contact.name ?? 'Contact'}</SafeLink>
            </li>
          )}
          {model.contact?.url === undefined && model.contact?.name !== undefined && <li>{model.contact.name}</li>}
          {model.contact?.email !== undefined && <li>{model.contact.email}</li>}
        </ul>
      )}
      {model.servers.length > 0 && (
        <>
          <h2 className="form-section-title">Servers</h2>
          <ul className="overview-servers">
            {model.servers.map((server, index) => (
              <li key={index}>
                <code>{server.url}</code>
                {server.description !== undefined && <span className="muted"> — {server.description}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {schemes.length > 0 && (
        <>
          <h2 className="form-section-title">Authentication</h2>
          <ul className="overview-servers" data-testid="security-schemes">
            {schemes.map(([name, scheme]) => (
              <li key={name}>
                <code>{name}</code>
                <span className="muted">
                  {' '}
                  — {scheme.type}
                  {scheme.scheme !== undefined ? ` ${scheme.scheme}` : ''}
                  {scheme.name !== undefined ? ` (${scheme.in ?? 'header'} ${scheme.name})` : ''}
                  {scheme.flows !== undefined ? ` (${Object.keys(scheme.flows).join(', ')})` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {model.recursiveDefs !== undefined && model.recursiveDefs.length > 0 && (
        <p className="muted" data-testid="recursive-schemas">
          <span className="mark">recursive</span> {model.recursiveDefs.map(schemaName).join(', ')}:{' '}
          {model.recursiveDefs.length === 1 ? 'this schema contains itself, so it is' : 'these schemas contain themselves, so they are'} kept as references and never expanded endlessly.
        </p>
      )}
      <p className="muted overview-hint">Pick an operation on the left to build a request.</p>
    </section>
  );
}
