import { useCallback, useEffect, type Dispatch } from 'react';
import type { LoadedSpec, SpecOutline } from '../../shared/model/api-model';
import { initialRequestFormsState, type RequestFormsAction } from '../features/request/request-forms-store';
import type { ExchangesState } from '../features/response/exchange-store';
import { MethodBadge } from '../components/MethodBadge';
import { useResources } from '../features/resources/use-resources';
import { ResourceSidebar } from '../features/resources/views/ResourceSidebar';
import type { OutlineChoice } from '../features/spec-source/spec-source-store';
import { LoadingStatus } from '../features/spec-source/views/LoadingStatus';
import { focusFilter } from './focus-filter';
import { OutlineOperation } from './OutlineOperation';
import { useCommand } from './use-command';
import { usePaneLayout } from './use-pane-layout';

interface Props {
  readonly outline: SpecOutline;
  /** The load's message ("Opening …"), still true until the model arrives. */
  readonly loading: string;
  readonly choice: OutlineChoice;
  /** Picked operations normalized alone, by key, as they arrive. */
  readonly details: Readonly<Record<string, LoadedSpec>> | undefined;
  readonly onChoose: (choice: Partial<OutlineChoice>) => void;
  readonly dispatchForms: Dispatch<RequestFormsAction>;
  readonly onCancel: () => void;
}

/**
 * A large document while its model is still being built: the operation list from the outline,
 * already filterable and selectable, and a picked operation's form as soon as it is normalized
 * alone. What the person types and picks here carries over into the workspace, which replaces
 * this screen as soon as the model arrives.
 */
export function OutlineWorkspace({ outline, loading, choice, details, onChoose, dispatchForms, onCancel }: Props) {
  const resources = useResources(outline.operations);
  const { selected } = resources;
  // A pick in the list is the choice to carry: the workspace opens that operation in its first tab.
  useEffect(() => {
    if (selected !== undefined && selected.key !== choice.opKey) onChoose({ opKey: selected.key });
  }, [selected, choice, onChoose]);
  const count = outline.operations.length;
  // The remembered width, so the list does not move when the workspace takes over (always shown: it is all there is yet).
  const panes = usePaneLayout();
  const { layout } = panes;
  const pickedSpec = selected === undefined ? undefined : details?.[selected.key];
  const keepExchanges = useCallback((exchanges: ExchangesState) => onChoose({ exchanges }), [onChoose]);
  const waiting = `${loading} The list of ${count.toLocaleString('en')} operations is ready; their parameters and schemas follow in a moment.`;
  // Find works here too: the list is all there is yet, and its filter is what Find means.
  useCommand('find', focusFilter);
  return (
    <div className="workspace" style={{ ['--sidebar-width' as string]: `${layout.sidebarPx}px` }}>
      <div className="pane-resources" onFocus={(event) => onChoose({ focus: focusKind(event.target) })} onBlur={() => onChoose({ focus: undefined })}>
        <ResourceSidebar model={outline} resources={resources} initialFilter={choice.filter} onFilterChange={(filter) => onChoose({ filter })} />
      </div>
      <div className="splitter" aria-hidden="true" />
      <main className="workspace-main">
        {pickedSpec !== undefined ? (
          <>
            <div className="outline-waiting outline-waiting-bar" data-testid="outline-waiting">
              <LoadingStatus message={`${loading} This operation is ready; the rest of the document follows in a moment.`} onCancel={onCancel} />
            </div>
            <div className="workspace-content" data-testid="outline-operation">
              <OutlineOperation spec={pickedSpec} forms={choice.forms ?? initialRequestFormsState} dispatchForms={dispatchForms} exchanges={choice.exchanges} onExchanges={keepExchanges} panes={panes} />
            </div>
          </>
        ) : (
        <div className="workspace-content outline-waiting" data-testid="outline-waiting">
          <LoadingStatus message={waiting} onCancel={onCancel} />
          {selected !== undefined && (
            <p className="outline-picked" data-testid="outline-picked">
              <MethodBadge method={selected.method} />
              <code>{selected.webhook === true ? selected.path.slice(1) : selected.path}</code>
              <span className="muted">opens here as soon as its details are read.</span>
            </p>
          )}
        </div>
        )}
      </main>
    </div>
  );
}

function focusKind(element: EventTarget): OutlineChoice['focus'] {
  if (!(element instanceof HTMLElement)) return undefined;
  const testId = element.dataset['testid'];
  return testId === 'filter-input' ? 'filter' : testId === 'operation-row' ? 'row' : undefined;
}
