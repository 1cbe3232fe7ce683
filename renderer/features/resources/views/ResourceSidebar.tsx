import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { ApiModel } from '../../../../shared/model/api-model';
import type { Resources } from '../use-resources';
import { OperationRow } from './OperationRow';

interface Props {
  readonly model: ApiModel;
  /** Shown under the title: the document's problems, owned by the spec-source feature. */
  readonly notices?: ReactNode;
  readonly resources: Resources;
}

// Arrow keys move between rows, as in any list; Tab still leaves the list.
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = event.currentTarget.closest('nav');
  if (!list) return;
  const rows = [...list.querySelectorAll<HTMLButtonElement>('button[data-testid="operation-row"]')];
  const index = rows.indexOf(event.currentTarget);
  const next = rows[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** The left column: the API's name, a filter and its operations grouped. */
export function ResourceSidebar({ model, notices, resources }: Props) {
  const filterId = useId();
  const shown = resources.groups.reduce((sum, group) => sum + group.operations.length, 0);
  return (
    <aside className="sidebar">
      <div className="sidebar-head">
        <h2 className="api-title" data-testid="api-title" title={model.title}>
          {model.title}
        </h2>
        <div className="api-meta">
          <span className="chip">v{model.version}</span>
          <span className="chip chip-muted">{model.specVersion.startsWith('2') ? `Swagger ${model.specVersion}` : `OpenAPI ${model.specVersion}`}</span>
        </div>
        {notices}
        <label htmlFor={filterId} className="visually-hidden">
          Filter operations
        </label>
        <input
          id={filterId}
          className="input filter-input"
          type="search"
          placeholder="Filter: method, path, tag…"
          value={resources.filter}
          onChange={(event) => resources.setFilter(event.target.value)}
          data-testid="filter-input"
        />
      </div>
      <nav className="op-list" aria-label="Operations">
        {shown === 0 && <p className="muted op-list-empty">{model.operations.length === 0 ? 'This document has no operations.' : 'No operation matches the filter.'}</p>}
        {resources.groups.map((group) => {
          const collapsed = resources.isCollapsed(group.name);
          return (
            <section key={group.name} className="op-group">
              <h3 className="op-group-title">
                <button type="button" className="op-group-toggle" aria-expanded={!collapsed} onClick={() => resources.toggleGroup(group.name)}>
                  <span className={collapsed ? 'chevron' : 'chevron chevron-open'} aria-hidden="true">
                    ▸
                  </span>
                  <span className="op-group-name">{group.name}</span>
                  <span className="op-group-count">{group.operations.length}</span>
                </button>
              </h3>
              {!collapsed && (
                <ul className="op-group-list">
                  {group.operations.map((op) => (
                    <OperationRow key={op.key} op={op} selected={op.key === resources.selected?.key} onSelect={resources.select} onKeyDown={moveFocus} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </nav>
    </aside>
  );
}
