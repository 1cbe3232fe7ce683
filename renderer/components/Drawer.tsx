import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  /** Names the test ids: `<name>-toggle` and `<name>-drawer`. */
  readonly name: string;
  /** The toggle button's text. */
  readonly toggleText: string;
  /** The toggle's look and place (a floating button, or a small one in the header). */
  readonly toggleClassName: string;
  /** The drawer's accessible name (its aside is a complementary landmark). */
  readonly label: string;
  /** The heading text at the top of the drawer. */
  readonly title: string;
  /** The close button's accessible name ("Close history"). */
  readonly closeLabel: string;
  /** Sets the width and anything else particular to this drawer. */
  readonly className: string;
  readonly shown: boolean;
  readonly onShownChange: (shown: boolean) => void;
  /** Controls in the head, between the title and the close button. */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/**
 * A button and the side drawer it opens (Collections, History, Runner): the same toggle, landmark,
 * head and close button everywhere. Escape inside the drawer closes it and gives focus back to its button.
 */
export function Drawer({ name, toggleText, toggleClassName, label, title, closeLabel, className, shown, onShownChange, actions, children }: Props) {
  const toggle = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLElement>(null);
  const drawerId = useId();
  // Opened from its button: the focus moves into the drawer, so the keyboard (and Escape) is there at once.
  const focusOnOpen = useRef(false);
  useEffect(() => {
    if (!shown || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    drawer.current?.focus();
  }, [shown]);
  const close = () => {
    onShownChange(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A field that uses Escape itself (a rename being cancelled) has already handled it; a search
    // field with text clears it first.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof HTMLInputElement && event.target.type === 'search' && event.target.value !== '') return;
    event.preventDefault();
    close();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className={toggleClassName}
        onClick={() => {
          focusOnOpen.current = !shown;
          onShownChange(!shown);
        }}
        aria-expanded={shown}
        {...(shown ? { 'aria-controls': drawerId } : {})}
        data-testid={`${name}-toggle`}
      >
        {toggleText}
      </button>
      {shown && (
        <aside ref={drawer} id={drawerId} tabIndex={-1} className={`drawer panel ${className}`} aria-label={label} data-testid={`${name}-drawer`} onKeyDown={onKeyDown}>
          <div className="drawer-head">
            <strong className="drawer-title">{title}</strong>
            {actions}
            <button type="button" className="button button-small" onClick={close} aria-label={closeLabel}>
              ✕
            </button>
          </div>
          <ErrorBoundary what={`The ${title} panel`} kept="Your tabs and their edits are kept; close the panel and open it again, or Try again.">
            {children}
          </ErrorBoundary>
        </aside>
      )}
    </>
  );
}
