import type { CSSProperties, KeyboardEvent } from 'react';
import type { OperationOutline } from '../../../../shared/model/api-model';
import { IdempotencyMarker } from '../../../components/IdempotencyMarker';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly op: OperationOutline;
  readonly selected: boolean;
  readonly onSelect: (key: string) => void;
  /** A double click: the tab it opens stays when the next operation is clicked. */
  readonly onPin?: (key: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  /** Position and height inside the windowed list. */
  readonly style?: CSSProperties;
}

/** One operation in the sidebar: a button, so it is reachable and usable by keyboard. */
export function OperationRow({ op, selected, onSelect, onPin, onKeyDown, style }: Props) {
  const classes = ['op-row', selected ? 'op-row-selected' : '', op.deprecated ? 'op-row-deprecated' : ''].filter(Boolean).join(' ');
  return (
    <li className={style ? 'vlist-row' : undefined} style={style}>
      <button
        type="button"
        className={classes}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(op.key)}
        onDoubleClick={onPin ? () => onPin(op.key) : undefined}
        onKeyDown={onKeyDown}
        title={op.deprecated ? 'Deprecated operation' : op.webhook === true ? 'Webhook: a request this API sends to you' : undefined}
        data-testid="operation-row"
        data-method={op.method}
        data-path={op.path}
      >
        <span className="op-row-line">
          <MethodBadge method={op.method} />
          <span className="op-row-path">{op.webhook === true ? op.path.slice(1) : op.path}</span>
          {op.webhook === true && <span className="mark mark-webhook" data-testid="webhook-mark">webhook</span>}
          <IdempotencyMarker
            idempotency={op.idempotency}
            method={op.method}
            {...(op.idempotencyKey === undefined ? {} : { idempotencyKey: op.idempotencyKey })}
            {...(op.idempotencyStatedBy === undefined ? {} : { idempotencyStatedBy: op.idempotencyStatedBy })}
          />
        </span>
        {(op.summary ?? op.operationId) !== undefined && <span className="op-row-summary">{op.summary ?? op.operationId}</span>}
        {op.deprecated && <span className="visually-hidden"> (deprecated)</span>}
      </button>
    </li>
  );
}
