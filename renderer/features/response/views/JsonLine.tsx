import type { MouseEvent } from 'react';
import type { JsonRow } from '../../../../shared/response/json-rows';

interface Props {
  readonly row: JsonRow;
  readonly selected: boolean;
  readonly match: boolean;
  readonly onToggle: (pointer: string) => void;
  readonly onSelect: (pointer: string) => void;
  /** A click on the value itself (not the key or the line): opens the value's menu. */
  readonly onValueClick?: (pointer: string, event: MouseEvent<HTMLElement>) => void;
}

/** One line of pretty JSON, coloured by token; its text is exactly that line of the pretty form. */
export function JsonLine({ row, selected, match, onToggle, onSelect, onValueClick }: Props) {
  const valueClick =
    onValueClick === undefined
      ? {}
      : {
          onClick: (event: MouseEvent<HTMLElement>) => {
            event.stopPropagation();
            onSelect(row.pointer);
            onValueClick(row.pointer, event);
          },
          'data-value-click': true,
        };
  const key = 'key' in row && row.key !== undefined && typeof row.key === 'string' ? row.key : undefined;
  const comma = 'comma' in row && row.comma ? <span className="j-punct">,</span> : null;
  const foldable = row.kind === 'open' || (row.kind === 'collapsed' && row.size > 0);
  return (
    <div
      className={`json-line${selected ? ' json-line-selected' : ''}${match ? ' json-line-match' : ''}`}
      style={{ paddingLeft: `calc(${row.depth * 2}ch + 18px)` }}
      data-pointer={row.pointer}
      onClick={() => onSelect(row.pointer)}
    >
      {foldable && (
        <button
          type="button"
          className={row.kind === 'open' ? 'json-fold json-fold-open' : 'json-fold'}
          aria-label={row.kind === 'open' ? 'Collapse' : 'Expand'}
          aria-expanded={row.kind === 'open'}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(row.pointer);
          }}
        />
      )}
      {key !== undefined && (
        <>
          <span className="j-key">{JSON.stringify(key)}</span>
          <span className="j-punct">: </span>
        </>
      )}
      {row.kind === 'leaf' && (
        <span className={`j-${row.value === null ? 'null' : typeof row.value}`} {...valueClick}>
          {JSON.stringify(row.value)}
        </span>
      )}
      {row.kind === 'open' && (
        <span className="j-punct" {...valueClick}>
          {row.bracket}
        </span>
      )}
      {row.kind === 'close' && <span className="j-punct">{row.bracket}</span>}
      {row.kind === 'collapsed' &&
        (row.size === 0 ? (
          <span className="j-punct" {...valueClick}>
            {row.bracket === '{' ? '{}' : '[]'}
          </span>
        ) : (
          <span className="j-punct j-folded" {...valueClick}>
            {row.bracket}…{row.bracket === '{' ? '}' : ']'}
            <span className="j-size"> {row.size} {row.bracket === '{' ? (row.size === 1 ? 'key' : 'keys') : row.size === 1 ? 'item' : 'items'}</span>
          </span>
        ))}
      {comma}
    </div>
  );
}
