import { useEffect, useId, useRef, type ReactNode } from 'react';
import { showModalFrom, wireModalDialog } from '../../dom/focus-trap';

/** A native modal <dialog> with Gloss's keyboard contract (dom/focus-trap.ts), mounted while open. */
export function Modal({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: (titleId: string) => ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) showModalFrom(dialog);
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    return dialog ? wireModalDialog(dialog, onClose) : undefined;
  }, [onClose]);
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {open && children(titleId)}
    </dialog>
  );
}
