/**
 * Back up everything to one JSON file; restore from one (or from an automatic daily backup) after a
 * preview, with a snapshot first so the restore can be undone; clear all notes after a
 * confirmation. Rendering only: the flows live in backup-flow.ts, restore-flow.ts and auto-backup-flow.ts.
 */
import { useEffect, useRef, useState } from 'react';
import type { AutoBackupInfo } from '../../../shared/ipc/contract';
import type { RestoreChoice } from '../../../shared/export/backup/plan-restore';
import { useCorpus } from '../../core/corpus-context';
import { usePlatform } from '../../core/platform-context';
import { useDb } from '../../db';
import { automaticBackup, listAutomaticBackups } from './auto-backup-flow';
import { backUp, clearEverything, type BackupDeps } from './backup-flow';
import { applyRestorePreview, isPreview, pickedFile, previewRestore, undoRestore, type BackupSource, type RestoreChoices, type RestorePreview } from './restore-flow';
import { RestorePreviewPanel } from './restore-preview';
import { IDLE, type ActionStatus } from './status';
import { StatusLine } from './status-line';

export function BackupPanel() {
  const db = useDb();
  const platform = usePlatform();
  const { articles } = useCorpus();
  const [status, setStatus] = useState<ActionStatus>(IDLE);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [choices, setChoices] = useState<RestoreChoices>({});
  const [undoable, setUndoable] = useState<string | null>(null);
  const [autoBackups, setAutoBackups] = useState<AutoBackupInfo[] | null>(null);
  const busy = status.tone === 'busy';
  const deps: BackupDeps = { db, host: platform, articles, now: () => new Date() };
  const automatic = platform.automaticBackups;

  const clearButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);

  // The list is read once when the panel opens (a new day's file appears at most once a day).
  useEffect(() => {
    if (automatic === null) return;
    let live = true;
    void listAutomaticBackups(automatic).then((listed) => {
      if (!live) return;
      setAutoBackups(listed.ok ? listed.value : []);
      if (!listed.ok) setStatus({ tone: 'error', message: listed.error });
    });
    return () => {
      live = false;
    };
  }, [automatic]);

  async function run(message: string, action: () => Promise<ActionStatus>, returnFocusTo?: HTMLElement | null) {
    // The buttons are disabled while busy, which drops their focus; put it back when done.
    const focused = returnFocusTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    setConfirmingClear(false);
    setStatus({ tone: 'busy', message });
    setStatus(await action());
    if (document.activeElement === document.body || document.activeElement === null) {
      // After the re-render that enables the buttons again.
      requestAnimationFrame(() => focused?.focus());
    }
  }

  /** Reads a backup and shows what restoring it would do; nothing is written. */
  const openPreview = (source: BackupSource) =>
    run('Reading the backup…', async () => {
      setPreview(null);
      const result = await previewRestore(deps, source);
      if (!isPreview(result)) return result;
      setChoices({});
      setPreview(result);
      return { tone: 'info', message: `Review what restoring ${result.name} would do, then apply it or cancel. Nothing has changed yet.` };
    });

  const apply = () =>
    run(
      'Restoring…',
      async () => {
        if (!preview) return IDLE;
        const applied = await applyRestorePreview(deps, preview, choices);
        if (applied.snapshotId !== null) {
          setPreview(null);
          setUndoable(applied.snapshotId);
        }
        return applied.status;
      },
      restoreButton.current,
    );

  const undo = () =>
    run(
      'Undoing the restore…',
      async () => {
        if (undoable === null) return IDLE;
        const result = await undoRestore(deps, undoable);
        if (result.tone === 'success') setUndoable(null);
        return result;
      },
      restoreButton.current,
    );

  const cancelClear = () => {
    setConfirmingClear(false);
    clearButton.current?.focus();
  };

  return (
    <div className="backup-panel">
      <p>
        A backup is one JSON file with every highlight, note, tag and reading position. Restoring shows what would change
        first; notes edited here since the backup are kept unless you choose otherwise, a snapshot is taken so the restore
        can be undone, and a damaged file changes nothing.
      </p>
      <div className="export-actions">
        <button type="button" disabled={busy} onClick={() => void run('Backing up…', () => backUp(deps))}>
          Back up
        </button>
        <button ref={restoreButton} type="button" disabled={busy} onClick={() => void openPreview(pickedFile(platform))}>
          Restore from a backup…
        </button>
        {undoable !== null && (
          <button type="button" disabled={busy} onClick={() => void undo()}>
            Undo restore
          </button>
        )}
        <button
          ref={clearButton}
          type="button"
          className="danger"
          disabled={busy}
          aria-expanded={confirmingClear}
          onClick={() => setConfirmingClear(true)}
        >
          Clear all notes…
        </button>
      </div>
      {preview && (
        <RestorePreviewPanel
          preview={preview}
          choices={choices}
          onChoose={(key: string, choice: RestoreChoice) => setChoices((c) => ({ ...c, [key]: choice }))}
          onApply={() => void apply()}
          onCancel={() => {
            setPreview(null);
            setStatus({ tone: 'info', message: 'Restore cancelled: nothing was changed.' });
            restoreButton.current?.focus();
          }}
          busy={busy}
          articles={articles}
        />
      )}
      {confirmingClear && (
        <div className="confirm-clear" role="group" aria-label="Confirm clearing all notes">
          <p>Delete every highlight, note, tag and reading position in Gloss? This cannot be undone: back up first.</p>
          <button type="button" className="danger" onClick={() => void run('Clearing…', () => clearEverything(deps), clearButton.current)}>
            Delete everything
          </button>
          <button
            type="button"
            onClick={cancelClear}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                cancelClear();
              }
            }}
            autoFocus
          >
            Cancel
          </button>
        </div>
      )}
      <StatusLine status={status} />
      <section className="auto-backups" aria-label="Automatic backups">
        <h3>Automatic backups</h3>
        {automatic === null ? (
          <p>
            The desktop app keeps a backup of everything once a day in its data folder (the last 7 days). In the browser there
            are none: a copy kept in the same browser storage would go with it. Use Back up to keep a file.
          </p>
        ) : autoBackups === null ? (
          <p aria-busy="true">Looking for automatic backups…</p>
        ) : autoBackups.length === 0 ? (
          <p>None yet: the first is made today, while Gloss is open.</p>
        ) : (
          <ul>
            {autoBackups.map((b) => (
              <li key={b.name}>
                {new Date(`${b.day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })} (
                {Math.max(1, Math.round(b.bytes / 1024))} KB){' '}
                <button type="button" disabled={busy} onClick={() => void openPreview(automaticBackup(automatic, b.name))} aria-label={`Restore from the automatic backup of ${b.day}`}>
                  Restore from automatic backup…
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
