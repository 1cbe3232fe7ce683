/** Ctrl+Enter (Cmd+Enter on macOS) sends, from anywhere in the window. */
import { useEffect } from 'react';

/** Calls onSend on Ctrl/Cmd+Enter, except inside a dialog, which has its own buttons. */
export function useSendShortcut(onSend: () => void): void {
  useEffect(() => {
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
