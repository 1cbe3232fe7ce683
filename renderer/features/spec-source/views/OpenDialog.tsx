import { useLayoutEffect, useRef, type ComponentProps } from 'react';
import { OpenPanel } from './OpenPanel';

type Props = ComponentProps<typeof OpenPanel> & { readonly onClose: () => void };

/** The Open panel as a modal over an open document, so closing it returns to the work in progress. */
export function OpenDialog(props: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    // The address field, not Close, is what a person opening a document wants first.
    dialog.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="open-dialog"
      aria-label="Open an API description"
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <OpenPanel {...props} />
    </dialog>
  );
}
