import { useId, type ReactNode } from 'react';
import type { ApiModel } from '../../../../shared/model/api-model';
import { useOperationFilter } from '../use-operation-filter';
import type { Resources } from '../use-resources';
import { VirtualOperationList } from './VirtualOperationList';

interface Props {
  /** The API's name and versions: from the model, or from the outline sent ahead of it. */
  readonly model: Pick<ApiModel, 'title' | 'version' | 'specVersion'>;
  /** Shown under the title: the document's problems, owned by the spec-source feature. */
  readonly notices?: ReactNode;
  readonly resources: Resources;
  /** Filter text to start with (typed while the list came from an outline). */
  readonly initialFilter?: string;
  /** Hears every change of the filter text. */
  readonly onFilterChange?: (text: string) => void;
}

/** The left column: the API's name, a filter and its operations grouped. */
export function ResourceSidebar({ model, notices, resources, initialFilter, onFilterChange }: Props) {
  const filterId = useId();
  const list = useOperationFilter(resources.operations, resources.collapsed, initialFilter);
  const setFilter = (text: string): void => {
    list.setFilter(text);
    onFilterChange?.(text);
  };
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
          onChange={(event) => setFilter(event.target.value)}
          data-testid="filter-input"
        />
      </div>
      {/* Screen readers hear how many operations the filter leaves, as sighted people see the list shrink. */}
      <p className="visually-hidden" role="status" data-testid="filter-count">
        {list.filter === '' ? '' : `${shown} ${shown === 1 ? 'operation matches' : 'operations match'} the filter`}
      </p>
      {shown === 0 ? (
        resources.operations.length === 0 ? (
          <p className="muted op-list-empty">This document has no operations: it describes no paths or webhooks to call.</p>
        ) : (
          <div className="muted op-list-empty" data-testid="filter-empty">
            <p>No operation matches “{list.filter}”. Try part of a path, a method (post) or a tag.</p>
            <button type="button" className="button button-small" onClick={() => setFilter('')}>
              Clear the filter
            </button>
          </div>
        )
      ) : (
        <VirtualOperationList rows={list.rows} selectedKey={resources.selected?.key} onSelect={resources.select} {...(resources.pin ? { onPin: resources.pin } : {})} onToggleGroup={resources.toggleGroup} />
      )}
    </aside>
  );
}
