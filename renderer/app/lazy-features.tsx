/**
 * The features most sessions never open — the Notebook, the Export page and the export dialog, which
 * carry zod, yaml and the Markdown/backup code — load on demand, so the first paint of the library
 * and the reader does not wait for them.
 */
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ExportScope } from '../features/export';
import { MAIN_ID } from '../core/landmarks';

const exportFeature = () => import('../features/export');

export const LazyExportPage = lazy(() => exportFeature().then((m) => ({ default: m.ExportPage })));
export const LazyNotebookView = lazy(() => import('../features/notebook').then((m) => ({ default: m.NotebookView })));
const LazyExportDialog = lazy(() => exportFeature().then((m) => ({ default: m.ExportDialog })));

/** A page-sized Suspense boundary: a main landmark (the skip link's target) announcing that it is loading. */
export function PageSuspense({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <main id={MAIN_ID} tabIndex={-1} className="status" aria-busy="true">
          <p role="status">Loading {label}…</p>
        </main>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * A button that opens the export dialog for a scope; the dialog's code is fetched on the first click
 * and then stays mounted (closing it returns focus to this button, as the dialog does itself).
 */
function ExportButton({ label, title, scope, disabled = false }: { label: string; title: string; scope: ExportScope; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {wanted && (
        <Suspense fallback={<span role="status">Loading export…</span>}>
          <LazyExportDialog scope={scope} open={open} onClose={close} title={title} />
        </Suspense>
      )}
    </>
  );
}

export function LazyExportArticleButton({ articleId }: { articleId: string }) {
  const scope = useMemo<ExportScope>(() => ({ kind: 'article', articleId }), [articleId]);
  return <ExportButton label="Export notes" title="Export this article’s notes" scope={scope} />;
}

export function LazyExportSelectedButton({ highlightIds, noteIds }: { highlightIds: readonly string[]; noteIds: readonly string[] }) {
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
