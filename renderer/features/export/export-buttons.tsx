/** Buttons that open the export dialog for a scope: the reader's "Export notes", the Notebook's "Export selected". */
import { useCallback, useMemo, useState } from 'react';
import { ExportDialog } from './export-dialog';
import type { ExportScope } from './export-scope';

function ExportButton({ label, title, scope, disabled = false }: { label: string; title: string; scope: ExportScope; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      <ExportDialog scope={scope} open={open} onClose={close} title={title} />
    </>
  );
}

export function ExportArticleButton({ articleId }: { articleId: string }) {
  const scope = useMemo<ExportScope>(() => ({ kind: 'article', articleId }), [articleId]);
  return <ExportButton label="Export notes" title="Export this article’s notes" scope={scope} />;
}

export function ExportSelectedButton({ highlightIds, noteIds }: { highlightIds: readonly string[]; noteIds: readonly string[] }) {
  const scope = useMemo<ExportScope>(() => ({ kind: 'highlights', highlightIds, noteIds }), [highlightIds, noteIds]);
  return (
    <ExportButton
      label="Export selected"
      title="Export the selected notes"
      scope={scope}
      disabled={highlightIds.length === 0 && noteIds.length === 0}
    />
  );
}
