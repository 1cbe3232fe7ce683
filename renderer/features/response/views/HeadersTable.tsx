import type { HeaderEntry } from '../../../../shared/request/request-model';

interface Props {
  readonly headers: readonly HeaderEntry[];
}

/** Response headers in the order the server sent them. */
export function HeadersTable({ headers }: Props) {
  if (headers.length === 0) {
    return (
      <p className="muted" data-testid="response-headers">
        No headers.
      </p>
    );
  }
  return (
    <table className="headers-table" data-testid="response-headers">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => (
          <tr key={`${header.name}-${index}`}>
            <th scope="row">{header.name}</th>
            <td>{header.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
