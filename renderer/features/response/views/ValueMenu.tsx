import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface ValueMenuItem {
  readonly label: string;
  readonly run: () => void;
}

interface Props {
  /** Where the menu opens, in pixels inside the viewer. */
  readonly at: { readonly top: number; readonly left: number };
  /** The clicked value's JSONPath, shown as the menu's title. */
  readonly path: string;
  readonly items: readonly ValueMenuItem[];
  readonly onClose: (refocus: boolean) => void;
}

/** A small menu on a clicked value: arrow keys move, Enter picks, Escape closes (focus goes back to the body). */
export function ValueMenu({ at, path, items, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const outside = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    // Placed where its value was: a resize moves the lines under it, so it closes, as context menus do.
    const resized = (): void => onClose(true);
    document.addEventListener('mousedown', outside);
    window.addEventListener('resize', resized);
    return () => {
      document.removeEventListener('mousedown', outside);
      window.removeEventListener('resize', resized);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = buttons.findIndex((button) => button === document.activeElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (at + 1) % buttons.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    } else return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div ref={menu} className="value-menu" role="menu" aria-label={`Value at ${path}`} style={{ top: at.top, left: at.left }} onKeyDown={onKeyDown} data-testid="value-menu">
      <code className="value-menu-path">{path}</code>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="value-menu-item"
          onClick={() => {
            item.run();
            onClose(true);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
