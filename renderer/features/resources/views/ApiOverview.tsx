import type { LoadedSpec } from '../../../../shared/model/api-model';

interface Props {
  readonly spec: LoadedSpec;
}

/** What shows before an operation is picked: the API's own description and where it came from. */
export function ApiOverview({ spec }: Props) {
  const { model, origin } = spec;
  const counts = new Map<string, number>();
  for (const op of model.operations) counts.set(op.method, (counts.get(op.method) ?? 0) + 1);
  return (
    <section className="panel overview" aria-label="API overview">
      <h1 className="overview-title">{model.title}</h1>
      <p className="muted">
        Version {model.version} · {model.operations.length} operations · from {origin.location}
      </p>
      {model.description !== undefined && <p className="description">{model.description}</p>}
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
      <p className="muted overview-hint">Pick an operation on the left to build a request.</p>
    </section>
  );
}
