/**
 * The export dialog: a native modal <dialog> (the page behind is inert, Escape closes it, focus goes
 * back to the button that opened it) around the export form for one scope.
 */
import { useEffect, useId, useRef } from 'react';
import type { ExportScope } from './export-scope';
import { ExportForm } from './export-form';
import { showModalFrom, wireModalDialog } from '../../dom/focus-trap';

export interface ExportDialogProps {
  scope: ExportScope;
  open: boolean;
  onClose: () => void;
  /** Defaults to "Export notes as Markdown". */
  title?: string;
}

export function ExportDialog({ scope, open, onClose, title = 'Export notes as Markdown' }: ExportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      showModalFrom(dialog);
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    return dialog ? wireModalDialog(dialog, onClose) : undefined;
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
