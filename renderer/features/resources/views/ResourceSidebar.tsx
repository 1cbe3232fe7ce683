import { useId, type ReactNode } from 'react';
import type { ApiModel } from '../../../../shared/model/api-model';
import { useOperationFilter } from '../use-operation-filter';
import type { Resources } from '../use-resources';
import { VirtualOperationList } from './VirtualOperationList';

interface Props {
  readonly model: ApiModel;
  /** Shown under the title: the document's problems, owned by the spec-source feature. */
  readonly notices?: ReactNode;
  readonly resources: Resources;
}

/** The left column: the API's name, a filter and its operations grouped. */
export function ResourceSidebar({ model, notices, resources }: Props) {
  const filterId = useId();
  const list = useOperationFilter(resources.operations, resources.collapsed);
  const shown = list.groups.reduce((sum, group) => sum + group.operations.length, 0);
  return (
    <aside className="sidebar" aria-label="Resources">
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
          value={list.filter}
          onChange={(event) => list.setFilter(event.target.value)}
          data-testid="filter-input"
        />
      </div>
      {/* Screen readers hear how many operations the filter leaves, as sighted people see the list shrink. */}
      <p className="visually-hidden" role="status" data-testid="filter-count">
        {list.filter === '' ? '' : `${shown} ${shown === 1 ? 'operation matches' : 'operations match'} the filter`}
      </p>
      {shown === 0 ? (
        model.operations.length === 0 ? (
          <p className="muted op-list-empty">This document has no operations: it describes no paths or webhooks to call.</p>
        ) : (
          <div className="muted op-list-empty" data-testid="filter-empty">
            <p>No operation matches “{list.filter}”. Try part of a path, a method (post) or a tag.</p>
            <button type="button" className="button button-small" onClick={() => list.setFilter('')}>
              Clear the filter
            </button>
          </div>
        )
      ) : (
        <VirtualOperationList rows={list.rows} selectedKey={resources.selected?.key} onSelect={resources.select} onToggleGroup={resources.toggleGroup} />
      )}
    </aside>
  );
}
