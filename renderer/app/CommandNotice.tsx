import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/ipc/events';
import { NOTHING_TO_DO } from './command-keys';
import { useCommandRouting } from './use-command';

/**
 * Routes the window's commands (mounted once) and, when a command's key or menu item has nothing
 * to act on here, says so for a few seconds in a polite live region that is always in the page.
 */
export function CommandNotice() {
  const [notice, setNotice] = useState<{ readonly text: string; readonly at: number } | undefined>(undefined);
  useCommandRouting(useCallback((command: MenuCommand) => setNotice({ text: NOTHING_TO_DO[command], at: Date.now() }), []));

  // Each press starts the timer again, so a repeated key keeps the note up.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <p className="command-notice" role="status" data-testid="command-notice">
      {notice?.text}
    </p>
  );
}
