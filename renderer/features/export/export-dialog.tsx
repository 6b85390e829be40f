/**
 * The export dialog: a native modal <dialog> (the page behind is inert, Escape closes it, focus goes
 * back to the button that opened it) around the export form for one scope.
 */
import { useEffect, useId, useRef } from 'react';
import type { ExportScope } from './export-scope';
import { ExportForm } from './export-form';
import { wrapTab } from '../../dom/focus-trap';

export interface ExportDialogProps {
  scope: ExportScope;
  open: boolean;
  onClose: () => void;
  /** Defaults to "Export notes as Markdown". */
  title?: string;
}

export function ExportDialog({ scope, open, onClose, title = 'Export notes as Markdown' }: ExportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Closed here, with the event marked handled: page shortcuts (the reader's Escape = back to
        // the library) skip defaultPrevented events, so Escape only closes the dialog.
        event.preventDefault();
        dialog.close();
        return;
      }
      wrapTab(event, dialog);
    };
    const onClosed = () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
      opener.current = null;
      onClose();
    };
    dialog.addEventListener('keydown', onKey);
    dialog.addEventListener('close', onClosed);
    return () => {
      dialog.removeEventListener('keydown', onKey);
      dialog.removeEventListener('close', onClosed);
    };
  }, [onClose]);

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={titleId}>
      <div className="export-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="export-dialog-close" aria-label="Close" onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      {/* Mounted only while open, so closed dialogs run no live queries. */}
      {open && <ExportForm scope={scope} />}
    </dialog>
  );
}
