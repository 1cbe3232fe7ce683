import type { OperationModel } from '../../../../shared/model/api-model';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly op: OperationModel;
}

/** What the operation is: method, path, summary and the document's description as plain text. */
export function OperationHeader({ op }: Props) {
  return (
    <header className="op-header" data-testid="op-header">
      <div className="op-header-line">
        <MethodBadge method={op.method} size="large" />
        <code className={op.deprecated ? 'op-header-path op-row-deprecated' : 'op-header-path'}>{op.path}</code>
        {op.deprecated && <span className="chip chip-warning">deprecated</span>}
      </div>
      {op.summary !== undefined && <h2 className="op-header-summary">{op.summary}</h2>}
      {(op.operationId !== undefined || op.tags.length > 0) && (
        <div className="op-header-meta">
          {op.operationId !== undefined && <code className="chip chip-muted">{op.operationId}</code>}
          {op.tags.map((tag) => (
            <span key={tag} className="chip">
              {tag}
            </span>
          ))}
        </div>
      )}
      {op.description !== undefined && op.description !== op.summary && <p className="description">{op.description}</p>}
    </header>
  );
}
