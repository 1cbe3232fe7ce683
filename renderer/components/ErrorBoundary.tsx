import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed to draw, as the notice names it ("The response pane"). */
  readonly what: string;
  /** What the person keeps, said under the error ("Your tabs and their edits are kept."). */
  readonly kept: string;
  /** Try again draws the children anew; without it the only way on is a reload (the whole window). */
  readonly canRetry?: boolean;
  readonly children: ReactNode;
}

interface State {
  readonly error?: Error;
  readonly componentStack?: string;
}

/**
 * A render error below stays below: React unmounts the whole tree on an uncaught render error, which
 * left an empty grey window and every open tab lost. The notice names what failed and what is kept,
 * and Try again draws the part anew (the forms' state lives above it, in stores that survive).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed to draw:`, error, info.componentStack);
    this.setState({ componentStack: info.componentStack ?? undefined });
  }

  private readonly retry = (): void => this.setState({ error: undefined, componentStack: undefined });

  // New children (a new answer, another request) are drawn afresh rather than hidden behind the old fault.
  override componentDidUpdate(previous: Props): void {
    if (this.state.error !== undefined && previous.children !== this.props.children) this.retry();
  }

  private readonly copy = (): void => {
    const { error, componentStack } = this.state;
    void navigator.clipboard?.writeText(`${error?.stack ?? String(error)}\n${componentStack ?? ''}`).catch(() => undefined);
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <section className="render-error" role="alert" data-testid="render-error">
        <p className="render-error-title">{this.props.what} failed to draw.</p>
        <p className="render-error-message">
          <code>{error.message}</code>
        </p>
        <p className="field-help">{this.props.kept} Copy the details if you report it.</p>
        <div className="render-error-actions">
          {this.props.canRetry !== false && (
            <button type="button" className="button button-small" onClick={this.retry} data-testid="render-error-retry">
              Try again
            </button>
          )}
          <button type="button" className="button button-small button-ghost" onClick={this.copy}>
            Copy details
          </button>
          {this.props.canRetry === false && (
            <button type="button" className="button button-small" onClick={() => window.location.reload()}>
              Reload the window
            </button>
          )}
        </div>
      </section>
    );
  }
}
