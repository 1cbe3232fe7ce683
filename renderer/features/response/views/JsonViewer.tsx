import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { jsonPath, valueAt } from '../../../../shared/response/json-rows';
import { useJsonTree } from '../use-json-tree';
import { useValueActions } from '../value-actions';
import { JsonLine } from './JsonLine';
import { ValueMenu, type ValueMenuItem } from './ValueMenu';
import { VirtualLines } from './VirtualLines';

interface Props {
  readonly value: unknown;
  readonly textLength: number;
}

interface OpenMenu {
  readonly pointer: string;
  readonly top: number;
  readonly left: number;
}

/**
 * Parsed JSON as a collapsible, searchable, virtualized tree; a line's JSONPath or value can be copied.
 * A click on a value (or Enter on the selected line) opens its menu: copy, and, beside a request, assert or capture it.
 */
export function JsonViewer({ value, textLength }: Props) {
  const tree = useJsonTree(value, textLength);
  const [copied, setCopied] = useState('');
  const [menu, setMenu] = useState<OpenMenu | undefined>();
  const viewer = useRef<HTMLDivElement>(null);
  const actions = useValueActions();
  const matchSet = useMemo(() => new Set(tree.matches), [tree.matches]);
  const path = tree.selected === undefined ? undefined : jsonPath(value, tree.selected);

  const copy = (label: string, text: string) => {
    void navigator.clipboard.writeText(text).then(
      () => setCopied(label),
      () => setCopied('Copy failed: the clipboard is not available here'),
    );
  };

  // The menu opens under the value's line, at the pointer (or the line's start from the keyboard).
  const openMenu = (pointer: string, clientX?: number) => {
    const box = viewer.current?.getBoundingClientRect();
    const line = viewer.current?.querySelector(`.json-line[data-pointer="${CSS.escape(pointer)}"]`)?.getBoundingClientRect();
    if (!box || !line) return;
    const left = (clientX ?? line.left + 24) - box.left;
    setMenu({ pointer, top: line.bottom - box.top, left: Math.max(0, Math.min(left, box.width - 220)) });
  };
  const closeMenu = useCallback((refocus: boolean) => {
    setMenu(undefined);
    if (refocus) viewer.current?.querySelector<HTMLElement>('.virtual-lines')?.focus({ preventScroll: true });
  }, []);
  // The menu stands over its value's line: once the body scrolls under it, it would point at another
  // line, so it closes (a scroll of the page around the viewer moves both together and keeps it).
  const menuOpen = menu !== undefined;
  useEffect(() => {
    const lines = viewer.current?.querySelector<HTMLElement>('.virtual-lines');
    if (!menuOpen || !lines) return undefined;
    const scrolled = (): void => closeMenu(true);
    lines.addEventListener('scroll', scrolled);
    return () => lines.removeEventListener('scroll', scrolled);
  }, [menuOpen, closeMenu]);
  const menuPath = menu === undefined ? undefined : jsonPath(value, menu.pointer);
  const menuValue = menu === undefined ? undefined : valueAt(value, menu.pointer);
  const menuItems: ValueMenuItem[] =
    menuPath === undefined
      ? []
      : [
          ...(actions === undefined
            ? []
            : [
                { label: 'Assert equals', run: () => setCopied(actions('assert-equals', menuPath, menuValue)) },
                { label: 'Assert type', run: () => setCopied(actions('assert-type', menuPath, menuValue)) },
                { label: 'Capture as variable', run: () => setCopied(actions('capture', menuPath, menuValue)) },
              ]),
          { label: 'Copy path', run: () => copy('Path copied', menuPath) },
          { label: 'Copy value', run: () => copy('Value copied', JSON.stringify(menuValue, null, 2)) },
        ];

  return (
    <div className="json-viewer" ref={viewer}>
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
            <span className="muted" role="status" data-testid="viewer-status">
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
        label="Response body (arrow keys move and fold, Enter opens the menu of the selected value)"
        onKeyDown={(event) => {
          const at = tree.focusLine ?? -1;
          const row = tree.rows[at];
          let next: number | undefined;
          if (event.key === 'ArrowDown') next = Math.min(tree.rows.length - 1, at + 1);
          else if (event.key === 'ArrowUp') next = Math.max(0, at - 1);
          else if (event.key === 'ArrowLeft' && row?.kind === 'open') tree.toggle(row.pointer);
          else if (event.key === 'ArrowRight' && row?.kind === 'collapsed' && row.size > 0) tree.toggle(row.pointer);
          else if ((event.key === 'Enter' || event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && row !== undefined && row.kind !== 'close') {
            event.preventDefault();
            openMenu(row.pointer);
            return;
          } else return;
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
              onValueClick={(pointer, event) => openMenu(pointer, event.clientX)}
            />
          );
        }}
      />
      {menu !== undefined && menuPath !== undefined && <ValueMenu at={menu} path={menuPath} items={menuItems} onClose={closeMenu} />}
    </div>
  );
}
