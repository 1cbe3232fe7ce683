import { CHECK_FAMILIES } from '../../../../shared/verify/verify-checks';
import { cellLabel, cellText, verifyMatrix } from '../../../../shared/verify/verify-matrix';
import type { OperationOutcome } from '../../../../shared/verify/verify-report';

interface Props {
  readonly outcomes: readonly OperationOutcome[];
}

/** Operations x check families, each cell coloured and worded (passed, partly checked, failed, skipped) with its counts. */
export function VerifyMatrix({ outcomes }: Props) {
  const rows = verifyMatrix(outcomes);
  if (rows.length === 0) return null;
  return (
    <table className="verify-matrix" data-testid="verify-matrix" aria-label="Checks by operation and family">
      <thead>
        <tr>
          <th scope="col">Operation</th>
          {CHECK_FAMILIES.map((family) => (
            <th scope="col" key={family}>
              {family}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.method} ${row.path}`}>
            <th scope="row">
              <code>
                {row.method} {row.path}
              </code>
            </th>
            {row.cells.map((cell) => (
              <td
                key={cell.family}
                className={`verify-cell verify-cell-${cell.status}${cell.partial ? ' verify-cell-partial' : ''}`}
                title={[cellLabel(cell), ...cell.checks.map((c) => `${c.name}: ${c.status}${c.reason ? ` (${c.reason})` : c.note ? ` (${c.note})` : ''}`)].join('\n')}
                aria-label={cellLabel(cell)}
                data-testid="verify-cell"
                data-family={cell.family}
                data-status={cell.status}
                data-partial={cell.partial ? 'true' : undefined}
                data-operation={`${row.method} ${row.path}`}
              >
                {cellText(cell)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
