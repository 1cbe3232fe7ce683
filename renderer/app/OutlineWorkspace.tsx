import { useEffect } from 'react';
import type { SpecOutline } from '../../shared/model/api-model';
import { MethodBadge } from '../components/MethodBadge';
import { useResources } from '../features/resources/use-resources';
import { ResourceSidebar } from '../features/resources/views/ResourceSidebar';
import type { OutlineChoice } from '../features/spec-source/spec-source-store';
import { LoadingStatus } from '../features/spec-source/views/LoadingStatus';
import { focusFilter } from './focus-filter';
import { useCommand } from './use-command';
import { usePaneLayout } from './use-pane-layout';

interface Props {
  readonly outline: SpecOutline;
  /** The load's message ("Opening …"), still true until the model arrives. */
  readonly loading: string;
  readonly choice: OutlineChoice;
  readonly onChoose: (choice: Partial<OutlineChoice>) => void;
  readonly onCancel: () => void;
}

/**
 * A large document while its model is still being built: the operation list from the outline,
 * already filterable and selectable. What the person types and picks here carries over into the
 * workspace, which replaces this screen as soon as the model arrives.
 */
export function OutlineWorkspace({ outline, loading, choice, onChoose, onCancel }: Props) {
  const resources = useResources(outline.operations);
  const { selected } = resources;
  // A pick in the list is the choice to carry: the workspace opens that operation in its first tab.
  useEffect(() => {
    if (selected !== undefined && selected.key !== choice.opKey) onChoose({ opKey: selected.key });
  }, [selected, choice, onChoose]);
  const count = outline.operations.length;
  // The remembered width, so the list does not move when the workspace takes over (always shown: it is all there is yet).
  const { layout } = usePaneLayout();
  // Find works here too: the list is all there is yet, and its filter is what Find means.
  useCommand('find', focusFilter);
  return (
    <div className="workspace" style={{ ['--sidebar-width' as string]: `${layout.sidebarPx}px` }}>
      <div className="pane-resources" onFocus={(event) => onChoose({ focus: focusKind(event.target) })} onBlur={() => onChoose({ focus: undefined })}>
        <ResourceSidebar model={outline} resources={resources} initialFilter={choice.filter} onFilterChange={(filter) => onChoose({ filter })} />
      </div>
      <div className="splitter" aria-hidden="true" />
      <main className="workspace-main">
        <div className="workspace-content outline-waiting" data-testid="outline-waiting">
          <LoadingStatus message={`${loading} The list of ${count.toLocaleString('en')} operations is ready; their parameters and schemas follow in a moment.`} onCancel={onCancel} />
          {selected !== undefined && (
            <p className="outline-picked" data-testid="outline-picked">
              <MethodBadge method={selected.method} />
              <code>{selected.webhook === true ? selected.path.slice(1) : selected.path}</code>
              <span className="muted">opens here as soon as its details are read.</span>
            </p>
          )}
        </div>
      </main>
    </div>
  );
}

function focusKind(element: EventTarget): OutlineChoice['focus'] {
  if (!(element instanceof HTMLElement)) return undefined;
  const testId = element.dataset['testid'];
  return testId === 'filter-input' ? 'filter' : testId === 'operation-row' ? 'row' : undefined;
}
