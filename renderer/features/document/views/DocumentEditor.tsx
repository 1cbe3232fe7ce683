import { useEffect, useState, type KeyboardEvent } from 'react';
import { fromCurl } from '../../../../shared/collections/curl-import';
import { queryRows, withQueryRows } from '../../../../shared/request/url-query';
import { testsOf, withTests } from '../../../../shared/runner/test-edits';
import type { LastResults } from '../../tests/use-last-results';
import { LazyTestsEditor } from '../../tests/views/LazyTestsEditor';
import { nextTabIndex } from '../../../components/tab-keys';
import { MissingVariables } from '../../environments/views/MissingVariables';
import { EnvironmentBar } from '../../environments/views/EnvironmentBar';
import { CopyAsCurl } from '../../auth/views/CopyAsCurl';
import { draftFromSaved, type RequestDraft } from '../request-draft';
import type { DocumentSend } from '../use-document-send';
import { DocumentAuth } from './DocumentAuth';
import { DocumentBody } from './DocumentBody';
import { KeyValueTable } from './KeyValueTable';
import { UrlBar } from './UrlBar';
import { UrlPreview } from './UrlPreview';

interface Props {
  readonly draft: RequestDraft;
  readonly onChange: (draft: RequestDraft) => void;
  readonly flow: DocumentSend;
  readonly sending: boolean;
  /** The Tests tab's items judged against the last answer. */
  readonly testResults?: LastResults;
  /** Changes when something was added to the tests from the response: the Tests tab shows. */
  readonly revealTests?: number;
}

const SECTIONS = ['Params', 'Headers', 'Body', 'Auth', 'Tests'] as const;
type Section = (typeof SECTIONS)[number];

/** A request document: the URL bar on top, then Params, Headers, Body, Auth and Tests. Everything shown is what is sent. */
export function DocumentEditor({ draft, onChange, flow, sending, testResults, revealTests }: Props) {
  const [section, setSection] = useState<Section>('Params');
  useEffect(() => {
    if (revealTests !== undefined && revealTests > 0) setSection('Tests');
  }, [revealTests]);
  const [curlProblem, setCurlProblem] = useState<string>();
  const pasteCurl = (command: string): void => {
    const outcome = fromCurl(command);
    if (!outcome.ok) {
      setCurlProblem(outcome.message);
      return;
    }
    setCurlProblem(outcome.warnings.length > 0 ? outcome.warnings.join(' ') : undefined);
    const pasted: Record<string, unknown> = { ...draftFromSaved(outcome.request) };
    // The tab keeps its own name and saved request: the paste replaces what is sent.
    delete pasted['name'];
    onChange({ ...(pasted as RequestDraft), ...(draft.savedId === undefined ? {} : { savedId: draft.savedId }), ...(draft.name === undefined ? {} : { name: draft.name }) });
  };
  const onTabKey = (event: KeyboardEvent, index: number): void => {
    const next = nextTabIndex(event.key, index, SECTIONS.length);
    const target = next === undefined ? undefined : SECTIONS[next];
    if (target === undefined) return;
    event.preventDefault();
    setSection(target);
    requestAnimationFrame(() => document.getElementById(`doc-section-${target}`)?.focus());
  };
  const counts: Partial<Record<Section, number>> = {
    Params: queryRows(draft.url).length,
    Headers: draft.headers.filter((h) => h.disabled !== true).length,
    Tests: (draft.assertions?.length ?? 0) + (draft.captures?.length ?? 0),
  };
  // While the saved request's collection is read, its variables are not missing yet: only the wait is said.
  const blocked = flow.resolution.ok || flow.waiting !== undefined ? undefined : flow.resolution;
  return (
    <section className="panel request-panel document-editor" aria-label="Request" data-testid="document-editor">
      <form className="request-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <UrlBar draft={draft} onChange={onChange} onPasteCurl={pasteCurl} onSend={flow.send} sending={sending} waiting={flow.waiting !== undefined || flow.needsToken !== undefined || flow.tokenOrigin !== undefined} />
        <UrlPreview url={draft.url} values={flow.values} secrets={flow.secrets} />
        {curlProblem !== undefined && (
          <p className="field-problem" role="alert" data-testid="curl-paste-problem">
            {curlProblem}
          </p>
        )}
        {flow.match !== undefined && (
          <p className="link-note" data-testid="operation-link" data-linked={flow.link !== undefined}>
            {flow.link !== undefined ? (
              <>
                Linked to <code>{flow.match.method} {flow.match.path}</code> of the open document: the answer is checked against it
                {flow.specAuth !== undefined ? `, and it carries the credentials typed for ${flow.specAuth.join(', ')}` : ''}.{' '}
                <button type="button" className="button button-small button-ghost" onClick={() => onChange({ ...draft, unlinked: true })} data-testid="operation-unlink">
                  Remove link
                </button>
              </>
            ) : (
              <>
                Matches <code>{flow.match.method} {flow.match.path}</code> of the open document, not linked.{' '}
                <button type="button" className="button button-small button-ghost" onClick={() => onChange({ ...draft, unlinked: undefined })} data-testid="operation-relink">
                  Link it
                </button>
              </>
            )}
          </p>
        )}
        {blocked !== undefined && (flow.attempted || blocked.unresolved.length > 0) && (blocked.unresolved.length > 0 ? <MissingVariables unresolved={blocked.unresolved} /> : <p className="send-blocked">{blocked.message}</p>)}
        {flow.waiting !== undefined && (
          <p className="send-waiting" role="status" data-testid="send-waiting">
            {flow.waiting}
          </p>
        )}
        {flow.waiting === undefined && flow.needsToken !== undefined && (
          <p className="send-waiting" role="status" data-testid="send-needs-token">
            {flow.needsToken}
          </p>
        )}
        {flow.waiting === undefined && flow.needsToken === undefined && flow.tokenOrigin !== undefined && (
          <div className="send-waiting" role="status" data-testid="send-token-origin">
            <p>{flow.tokenOrigin.message}</p>
            {flow.tokenOrigin.origin !== undefined && (
              <button type="button" className="button button-small" onClick={flow.allowTokenOrigin} data-testid="allow-token-origin">
                Allow {flow.tokenOrigin.origin}
              </button>
            )}
            {flow.tokenOrigin.error !== undefined && (
              <p className="field-problem" role="alert">
                {flow.tokenOrigin.error}
              </p>
            )}
          </div>
        )}
        {flow.keyNote !== undefined && (
          <p className="key-note" role="status" data-testid="key-renewed-note">
            {flow.keyNote}
          </p>
        )}
        <EnvironmentBar />
        <div className="tabs doc-sections" role="tablist" aria-label="Request parts">
          {SECTIONS.map((name, index) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`doc-section-${name}`}
              aria-selected={section === name}
              aria-controls="doc-section-panel"
              tabIndex={section === name ? 0 : -1}
              className={`tab${section === name ? ' tab-active' : ''}`}
              onClick={() => setSection(name)}
              onKeyDown={(event) => onTabKey(event, index)}
              data-testid="doc-section"
            >
              {name}
              {counts[name] ? <span className="tab-count"> {counts[name]}</span> : null}
            </button>
          ))}
        </div>
        <div id="doc-section-panel" role="tabpanel" aria-labelledby={`doc-section-${section}`} className="doc-section-panel">
          {section === 'Params' && <KeyValueTable noun="Query parameter" rows={queryRows(draft.url)} onChange={(rows) => onChange({ ...draft, url: withQueryRows(draft.url, rows) })} testId="doc-params" />}
          {section === 'Headers' && <KeyValueTable noun="Header" rows={draft.headers} onChange={(headers) => onChange({ ...draft, headers })} testId="doc-headers" />}
          {section === 'Body' && <DocumentBody body={draft.body} onChange={(body) => onChange({ ...draft, body })} />}
          {section === 'Auth' && <DocumentAuth auth={draft.auth} onChange={(auth) => onChange({ ...draft, auth })} login={flow.login} {...(flow.resolution.ok ? { requestUrl: flow.resolution.request.url } : {})} />}
          {section === 'Tests' && <LazyTestsEditor tests={testsOf(draft)} onChange={(tests) => onChange(withTests(draft, tests))} {...(testResults ? { results: testResults } : {})} />}
        </div>
        <CopyAsCurl {...(flow.resolution.ok ? { request: flow.resolution.request } : {})} secrets={flow.secrets} />
      </form>
    </section>
  );
}
