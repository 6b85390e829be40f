/**
 * Back up everything to one JSON file, restore from one (merging by id), or clear all notes after
 * a confirmation. Rendering only: the flows live in backup-flow.ts.
 */
import { useRef, useState } from 'react';
import { useCorpus } from '../../core/corpus-context';
import { usePlatform } from '../../core/platform-context';
import { useDb } from '../../db';
import { backUp, clearEverything, restoreFromFile, type BackupDeps } from './backup-flow';
import { IDLE, type ActionStatus } from './status';
import { StatusLine } from './status-line';

export function BackupPanel() {
  const db = useDb();
  const platform = usePlatform();
  const { articles } = useCorpus();
  const [status, setStatus] = useState<ActionStatus>(IDLE);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const busy = status.tone === 'busy';
  const deps: BackupDeps = { db, host: platform, articles, now: () => new Date() };

  const clearButton = useRef<HTMLButtonElement>(null);

  async function run(message: string, action: (d: BackupDeps) => Promise<ActionStatus>, returnFocusTo?: HTMLElement | null) {
    // The buttons are disabled while busy, which drops their focus; put it back when done.
    const focused = returnFocusTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    setConfirmingClear(false);
    setStatus({ tone: 'busy', message });
    setStatus(await action(deps));
    if (document.activeElement === document.body || document.activeElement === null) {
      // After the re-render that enables the buttons again.
      requestAnimationFrame(() => focused?.focus());
    }
  }

  const cancelClear = () => {
    setConfirmingClear(false);
    clearButton.current?.focus();
  };

  return (
    <div className="backup-panel">
      <p>
        A backup is one JSON file with every highlight, note, tag and reading position. Restoring merges it into what is
        here by id: nothing is duplicated, and a damaged file changes nothing.
      </p>
      <div className="export-actions">
        <button type="button" disabled={busy} onClick={() => void run('Backing up…', backUp)}>
          Back up
        </button>
        <button type="button" disabled={busy} onClick={() => void run('Restoring…', restoreFromFile)}>
          Restore from a backup…
        </button>
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
      {confirmingClear && (
        <div className="confirm-clear" role="group" aria-label="Confirm clearing all notes">
          <p>Delete every highlight, note, tag and reading position in Gloss? This cannot be undone: back up first.</p>
          <button type="button" className="danger" onClick={() => void run('Clearing…', clearEverything, clearButton.current)}>
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
    </div>
  );
}
