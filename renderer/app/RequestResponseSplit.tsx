import { useRef, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { REQUEST_RANGE } from './pane-layout';
import { Splitter } from './Splitter';
import type { PaneLayoutControls } from './use-pane-layout';

interface Props {
  readonly panes: PaneLayoutControls;
  /** The request side (an operation's form or a request document). */
  readonly request: ReactNode;
  /** The response side, in the pane the response toggle shows and hides. */
  readonly response: ReactNode;
}

/** A request beside its response, with the splitter between them and the remembered share of each. */
export function RequestResponseSplit({ panes, request, response }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const { layout, update } = panes;
  const responseShown = !layout.responseCollapsed;
  return (
    <div
      className={`operation-workspace${responseShown ? '' : ' response-collapsed'}`}
      ref={container}
      style={{ ['--request-share' as string]: `${layout.requestPercent}fr`, ['--response-share' as string]: `${100 - layout.requestPercent}fr` }}
    >
      <ErrorBoundary what="The request pane" kept="The answer beside it, your other tabs and this one's edits are kept.">
        {request}
      </ErrorBoundary>
      <Splitter
        label="Resize the request and response panes"
        controls="pane-response"
        value={layout.requestPercent}
        range={REQUEST_RANGE}
        pixelsPerUnit={() => (container.current?.clientWidth ?? 0) / 100}
        collapsed={!responseShown}
        collapsedAt="max"
        onChange={(requestPercent) => update({ requestPercent })}
        onToggleCollapsed={() => update({ responseCollapsed: responseShown })}
        testId="splitter-response"
      />
      <div className="pane-response" id="pane-response" hidden={!responseShown}>
        <ErrorBoundary what="The response pane" kept="The request, its edits and your other tabs are kept.">
          {response}
        </ErrorBoundary>
      </div>
    </div>
  );
}
