import { useCallback, useMemo, useRef, useState } from 'react';
import { StartRecentCollections } from '../features/collections/views/StartRecentCollections';
import { RunnerDrawer } from '../features/runner/views/RunnerDrawer';
import { useFileDrop } from '../features/spec-source/use-file-drop';
import { useSpecSource } from '../features/spec-source/use-spec-source';
import { DropOverlay } from '../features/spec-source/views/DropOverlay';
import { OpenDialog } from '../features/spec-source/views/OpenDialog';
import { OpenPanel } from '../features/spec-source/views/OpenPanel';
import { ReloadSummary } from '../features/spec-source/views/ReloadSummary';
import { CookiesDrawer } from '../features/cookies/views/CookiesDrawer';
import { CertificatesDrawer } from '../features/certificates/views/CertificatesDrawer';
import { EnvironmentsProvider } from '../features/environments/views/EnvironmentsProvider';
import { CommandNotice } from './CommandNotice';
import { OutlineWorkspace } from './OutlineWorkspace';
import { Workspace } from './Workspace';
import { StartWorkspace } from './StartWorkspace';
import type { OpenTab } from '../features/tabs/use-tabs';
import { useCommand, useOpenPathEvents } from './use-command';
import { replaceDocumentQuestion } from './replace-document-question';

/** The whole window: a header, then either the start screen or the open document. */
export function App() {
  const source = useSpecSource();
  const { state, showOpenPanel, cancel, reload, dismissReload, chooseInOutline, dispatchOutlineForms } = source;
  const loaded = state.loaded;
  // Another document replaces the open one and its tabs: with unsaved edits in them, the person says so first.
  const unsaved = useRef<readonly string[]>([]);
  const onUnsaved = useCallback((titles: readonly string[]) => {
    unsaved.current = titles;
  }, []);
  const { openUrl, openFile, openDemo } = useMemo(() => {
    const mayReplace = (): boolean => {
      const question = replaceDocumentQuestion(unsaved.current);
      return question === undefined || window.confirm(question);
    };
    // Each says whether it went ahead.
    const guarded =
      <A extends unknown[]>(open: (...args: A) => void) =>
      (...args: A): boolean => {
        if (!mayReplace()) return false;
        open(...args);
        return true;
      };
    return { openUrl: guarded(source.openUrl), openFile: guarded(source.openFile), openDemo: guarded(source.openDemo) };
  }, [source.openUrl, source.openFile, source.openDemo]);

  // A dropped file opens whatever is on screen; the panel shows its progress and any error.
  const onDrop = useCallback(
    (file: File) => {
      if (openFile(file)) showOpenPanel(true);
    },
    [showOpenPanel, openFile],
  );
  const dragging = useFileDrop(onDrop);
  const closeOpenPanel = useCallback(() => showOpenPanel(false), [showOpenPanel]);
  // Saved requests opened before any document is: they carry over into the document's workspace.
  const carriedTabs = useRef<readonly OpenTab[]>([]);
  const [hasRequests, setHasRequests] = useState(false);
  const onStartTabs = useCallback((tabs: readonly OpenTab[]) => {
    carriedTabs.current = tabs;
    setHasRequests(tabs.length > 0);
  }, []);
  const onCarried = useCallback(() => {
    carriedTabs.current = [];
    setHasRequests(false);
  }, []);
  const hasDocument = loaded !== undefined;
  useCommand(
    'open-spec',
    useCallback(() => {
      // The start screen is the open panel already: the cursor goes to its first field.
      if (hasDocument) showOpenPanel(true);
      else document.querySelector<HTMLElement>('.start input, .start button')?.focus();
    }, [hasDocument, showOpenPanel]),
  );
  // An absolute path opens as a file the main side reads (command line, second launch, dock); as
  // with a drop, the open panel shows its progress and any error, and closes once it is open.
  useOpenPathEvents(
    useCallback(
      (path: string) => {
        if (openUrl(path)) showOpenPanel(true);
      },
      [showOpenPanel, openUrl],
    ),
  );

  const panelProps = {
    loading: state.loading,
    error: state.error,
    initialUrl: loaded?.origin.kind === 'url' ? loaded.origin.location : state.attempted,
    onOpenUrl: openUrl,
    onOpenFile: openFile,
    onOpenDemo: openDemo,
    recent: state.recent,
    onCancel: cancel,
  };

  return (
    <EnvironmentsProvider>
      <div className="app">
        <header className="app-header">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">
              ⇄
            </span>
            Roundtrip
          </span>
          {loaded && (
            <span className="app-origin" title={loaded.origin.location}>
              {loaded.origin.location}
            </span>
          )}
          {loaded && reload && (
            <button type="button" className="button button-small" onClick={reload} title="Load the document again and show what changed" data-testid="reload-button">
              Reload
            </button>
          )}
          {(loaded || hasRequests) && (
            <button type="button" className="button button-small" onClick={() => showOpenPanel(true)}>
              Open…
            </button>
          )}
          <RunnerDrawer />
          <CookiesDrawer />
          <CertificatesDrawer />
        </header>
        {loaded ? (
          <Workspace
            key={state.loadId}
            spec={loaded}
            validating={state.validating === true}
            {...(state.carried ? { carried: state.carried } : {})}
            carriedTabs={carriedTabs.current}
            onCarried={onCarried}
            onUnsaved={onUnsaved}
          />
        ) : state.outline && state.loading !== undefined && !hasRequests ? (
          <OutlineWorkspace
            outline={state.outline}
            loading={state.loading}
            choice={state.outlineChoice ?? { filter: '' }}
            details={state.outlineDetails}
            onChoose={chooseInOutline}
            dispatchForms={dispatchOutlineForms}
            onCancel={cancel}
          />
        ) : (
          // Collections can be browsed, and their requests opened and sent, before any document is open.
          <StartWorkspace
            start={
              <main className="start">
                <OpenPanel {...panelProps} autoFocus={state.outlineDropped === true} />
                <StartRecentCollections />
              </main>
            }
            {...(state.loading !== undefined ? { loading: state.loading } : {})}
            {...(state.error ? { error: state.error } : {})}
            onLoadSpec={openUrl}
            onTabsChange={onStartTabs}
          />
        )}
        {(loaded || hasRequests) && state.openPanelVisible && <OpenDialog {...panelProps} onClose={closeOpenPanel} />}
        {dragging && <DropOverlay />}
        <ReloadSummary lastReload={state.lastReload} error={state.reloadError} onDismiss={dismissReload} />
        <CommandNotice />
      </div>
    </EnvironmentsProvider>
  );
}
