/** Ctrl+Enter (Cmd+Enter on macOS) sends, from anywhere in the window. */
import { useEffect } from 'react';
import { hasAppMenu } from '../../lib/api';

/** Calls onSend on Ctrl/Cmd+Enter, except inside a dialog, which has its own buttons. */
export function useSendShortcut(onSend: () => void): void {
  useEffect(() => {
    // In the desktop app the menu's accelerator owns the key and sends a 'send' command;
    // answering here too would send twice.
    if (hasAppMenu) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.repeat) return;
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]')) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onSend();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSend]);
}
