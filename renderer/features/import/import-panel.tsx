import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useCorpus, useRefreshCorpus } from '../../core/corpus-context';
import { usePlatform } from '../../core/platform-context';
import { useDb } from '../../db';
import { candidatesFromDrop, candidatesFromList } from './collect-files';
import { openedCandidates, openFileInbox, taskbarProgress } from './desktop-import';
import type { ImportCandidate } from './import-file';
import type { ImportProgress, ImportSummary } from './run-import';
import './import.css';

const ACCEPT = '.html,.htm,.md,.markdown,.txt,.text,.epub,.pdf';

type Phase = { name: 'idle' } | { name: 'running'; progress: ImportProgress } | { name: 'done'; summary: ImportSummary };

/**
 * "Add articles": a file picker, a folder picker, and files or folders dropped anywhere on the
 * window. Shows a progress bar with counts and Cancel while it works, then a summary of what was
 * imported, skipped as a duplicate, or refused and why.
 */
export function ImportPanel() {
  const db = useDb();
  const platform = usePlatform();
  const corpus = useCorpus();
  const refresh = useRefreshCorpus();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const statusId = useId();

  // Documents the OS opens while an import runs wait for it to finish.
  const queued = useRef<ImportCandidate[]>([]);
  const startRef = useRef<(candidates: ImportCandidate[]) => Promise<void>>(async () => undefined);

  const start = useCallback(
    async (candidates: ImportCandidate[]) => {
      if (candidates.length === 0) return;
      if (abort.current) {
        queued.current.push(...candidates);
        return;
      }
      const controller = new AbortController();
      abort.current = controller;
      const knownHashes = new Set(corpus.articles.map((a) => a.contentHash));
      const taskbar = taskbarProgress(platform);
      // The pipeline (Readability, a DOM, an encoding detector) loads on first use, not with the app.
      const [{ runImport }, { createImportParser }] = await Promise.all([import('./run-import'), import('./parse-in-worker')]);
      // Files are parsed in a worker, so the window stays responsive however many there are.
      const parser = createImportParser();
      try {
        const summary = await runImport(candidates, {
          db,
          knownHashes,
          signal: controller.signal,
          onProgress: (progress) => {
            setPhase({ name: 'running', progress });
            taskbar.update(progress);
          },
          parse: parser.parse,
        });
        if (summary.imported > 0) await refresh();
        setPhase({ name: 'done', summary });
      } finally {
        parser.close();
        taskbar.clear();
        abort.current = null;
      }
      const next = queued.current.splice(0);
      if (next.length > 0) void startRef.current(next);
    },
    [corpus, db, platform, refresh],
  );
  useEffect(() => {
    startRef.current = start;
  }, [start]);

  useEffect(() => {
    // Documents the OS opened with Gloss (receive-opened-files.ts), now and as they arrive.
    const take = () => {
      const requests = openFileInbox.take();
      if (requests.length > 0) void openedCandidates(requests, platform).then((c) => startRef.current(c));
    };
    take();
    return openFileInbox.subscribe(take);
  }, [platform]);

  useEffect(() => {
    // A drop anywhere on the window imports; without preventDefault the browser would open the file.
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      void candidatesFromDrop(e.dataTransfer).then(start);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  const chosen = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    const candidates = candidatesFromList(input.files);
    input.value = '';
    void start(candidates);
  };

  return (
    <section className="import-panel" aria-labelledby={`${statusId}-heading`}>
      <h2 id={`${statusId}-heading`} className="visually-hidden">
        Add articles
      </h2>
      <div className="import-actions">
        <button type="button" onClick={() => filesInput.current?.click()} disabled={phase.name === 'running'}>
          Add articles…
        </button>
        <button type="button" onClick={() => folderInput.current?.click()} disabled={phase.name === 'running'}>
          Add a folder…
        </button>
        <span className="import-hint">or drop files and folders on the window (.html, .md, .txt, .epub, .pdf)</span>
        <input ref={filesInput} type="file" multiple accept={ACCEPT} hidden aria-label="Article files to add" onChange={(e) => chosen(e.currentTarget)} />
        <input
          ref={(el) => {
            folderInput.current = el;
            // Not a React prop: the attribute that makes the picker choose a folder.
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          hidden
          aria-label="Folder of articles to add"
          onChange={(e) => chosen(e.currentTarget)}
        />
      </div>
      {phase.name === 'running' && (
        <div className="import-progress" role="status">
          <label>
            Importing {phase.progress.done} of {phase.progress.total}
            <progress max={phase.progress.total} value={phase.progress.done} />
          </label>
          <span>
            {phase.progress.imported} imported · {phase.progress.duplicates} duplicates · {phase.progress.failed} failed
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {phase.name === 'done' && <ImportSummaryView summary={phase.summary} onClose={() => setPhase({ name: 'idle' })} />}
    </section>
  );
}

function ImportSummaryView({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  return (
    <div className="import-summary" role="status">
      <p>
        {summary.cancelled ? `Cancelled after ${summary.done} of ${summary.total} files: ` : ''}
        Imported {summary.imported}, skipped {summary.duplicates} as {summary.duplicates === 1 ? 'a duplicate' : 'duplicates'}, {summary.failed} failed.
      </p>
      {summary.failures.length > 0 && (
        <ul aria-label="Files not imported">
          {summary.failures.map((f) => (
            <li key={f.path}>
              {f.path}: {f.reason}
            </li>
          ))}
        </ul>
      )}
      {summary.duplicatePaths.length > 0 && (
        <ul aria-label="Duplicates skipped">
          {summary.duplicatePaths.map((p) => (
            <li key={p}>{p}: the same text is already in the library</li>
          ))}
        </ul>
      )}
      {summary.warnings.length > 0 && (
        <ul aria-label="Import warnings">
          {summary.warnings.map((w) => (
            <li key={`${w.path} ${w.warning}`}>
              {w.path}: {w.warning}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Dismiss
      </button>
    </div>
  );
}
