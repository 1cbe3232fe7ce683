import { useMemo, useState } from 'react';
import { jsonPath, valueAt } from '../../../../shared/response/json-rows';
import { useJsonTree } from '../use-json-tree';
import { JsonLine } from './JsonLine';
import { VirtualLines } from './VirtualLines';

interface Props {
  readonly value: unknown;
  readonly textLength: number;
}

/** Parsed JSON as a collapsible, searchable, virtualized tree; a line's JSONPath or value can be copied. */
export function JsonViewer({ value, textLength }: Props) {
  const tree = useJsonTree(value, textLength);
  const [copied, setCopied] = useState('');
  const matchSet = useMemo(() => new Set(tree.matches), [tree.matches]);
  const path = tree.selected === undefined ? undefined : jsonPath(value, tree.selected);

  const copy = (label: string, text: string) => {
    void navigator.clipboard.writeText(text).then(
      () => setCopied(label),
      () => setCopied('Copy failed: the clipboard is not available here'),
    );
  };

  return (
    <div className="json-viewer">
      <div className="viewer-toolbar">
        <input
          type="search"
          className="input input-compact viewer-search"
          placeholder="Search the body"
          aria-label="Search the body"
          data-testid="body-search"
          defaultValue={tree.query}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            const text = event.currentTarget.value;
            if (text === tree.query) tree.step(event.shiftKey ? -1 : 1);
            else tree.search(text);
          }}
        />
        {tree.query !== '' && (
          <span className="muted viewer-count" data-testid="body-search-count">
            {tree.matches.length === 0 ? 'No match' : `${tree.current + 1} of ${tree.matches.length}${tree.matches.length >= 1000 ? '+' : ''}`}
          </span>
        )}
        <button type="button" className="button button-small button-ghost" onClick={() => tree.step(-1)} disabled={tree.matches.length === 0} aria-label="Previous match">
          ↑
        </button>
        <button type="button" className="button button-small button-ghost" onClick={() => tree.step(1)} disabled={tree.matches.length === 0} aria-label="Next match">
          ↓
        </button>
        <button type="button" className="button button-small button-ghost" onClick={() => tree.setAll(true)}>
          Expand all
        </button>
        <button type="button" className="button button-small button-ghost" onClick={() => tree.setAll(false)}>
          Collapse all
        </button>
      </div>
      {path !== undefined && tree.selected !== undefined && (
        <div className="viewer-selection">
          <code className="viewer-path" data-testid="json-path">
            {path}
          </code>
          <button type="button" className="button button-small" data-testid="copy-json-path" onClick={() => copy('Path copied', path)}>
            Copy path
          </button>
          <button type="button" className="button button-small" onClick={() => copy('Value copied', JSON.stringify(valueAt(value, tree.selected ?? ''), null, 2))}>
            Copy value
          </button>
          {copied !== '' && (
            <span className="muted" role="status">
              {copied}
            </span>
          )}
        </div>
      )}
      <VirtualLines
        count={tree.rows.length}
        className="code-block code-json"
        testId="response-body"
        {...(tree.focusLine === undefined ? {} : { scrollTo: tree.focusLine })}
        scrollKey={tree.focusKey}
        label="Response body (arrow keys move and fold)"
        onKeyDown={(event) => {
          const at = tree.focusLine ?? -1;
          const row = tree.rows[at];
          let next: number | undefined;
          if (event.key === 'ArrowDown') next = Math.min(tree.rows.length - 1, at + 1);
          else if (event.key === 'ArrowUp') next = Math.max(0, at - 1);
          else if (event.key === 'ArrowLeft' && row?.kind === 'open') tree.toggle(row.pointer);
          else if (event.key === 'ArrowRight' && row?.kind === 'collapsed' && row.size > 0) tree.toggle(row.pointer);
          else return;
          event.preventDefault();
          // Closing lines share their container's pointer: skip them so the selection always lands on a line that starts something.
          while (next !== undefined && tree.rows[next]?.kind === 'close' && next > 0 && next < tree.rows.length - 1) next += event.key === 'ArrowDown' ? 1 : -1;
          const target = next === undefined ? undefined : tree.rows[next];
          if (target && target.kind !== 'close') tree.reveal(target.pointer);
        }}
        renderLine={(index) => {
          const row = tree.rows[index];
          if (!row) return null;
          return (
            <JsonLine
              key={`${row.pointer}-${row.kind}`}
              row={row}
              selected={tree.selected === row.pointer && row.kind !== 'close'}
              match={matchSet.has(row.pointer) && row.kind !== 'close'}
              onToggle={tree.toggle}
              onSelect={(pointer) => {
                tree.select(pointer);
                setCopied('');
              }}
            />
          );
        }}
      />
    </div>
  );
}
