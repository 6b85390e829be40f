import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '../../../shared/model';
import { MarkdownView } from './markdown-view';
import type { ConflictChoice } from './note-autosave';
import { useNoteAutosave, useSaveStatus, type SaveNote, type SaveStatus } from './use-autosave';
import './notes.css';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function statusText(status: SaveStatus, restoredAt: string | null): string {
  const restored = restoredAt === null ? '' : `Restored text you had not saved (typed at ${time(restoredAt)}). `;
  switch (status.kind) {
    case 'idle':
      return '';
    case 'restored':
      return restored.trim();
    case 'saving':
      return `${restored}Saving…`;
    case 'saved':
      return `${restored}Saved`;
    case 'error':
    case 'conflict':
      return '';
  }
}

export interface NoteEditorProps {
  /** The textarea's accessible name, e.g. "Note" or "Article note". */
  label: string;
  /**
   * The id of a visible heading that already names the note (the sidebar's "Article note"): the
   * textarea is labelled by it and the editor shows no second label of its own (issue 12).
   */
  labelledBy?: string;
  /** The note's owner (noteOwnerKey): its draft is kept under this key. */
  draftKey: string;
  /** The stored note when the editor opened (null: none yet). */
  note: Note | null;
  onSave: SaveNote;
  autoFocus?: boolean;
  placeholder?: string;
}

/**
 * Markdown note editor with a preview. Uncontrolled on purpose: the textarea owns its text and the
 * autosave (note-autosave.ts) reads it on change, so large notes (100 KB and more) type without
 * re-rendering. Key it by the note's owner so switching highlights starts a fresh editor.
 */
export function NoteEditor({ label, labelledBy, draftKey, note, onSave, autoFocus = false, placeholder }: NoteEditorProps) {
  const session = useNoteAutosave(draftKey, note, onSave);
  const autosave = session?.autosave;
  const status = useSaveStatus(autosave);
  const [preview, setPreview] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  // The textarea is there from the first render (so focus and the popover's size do not wait), read-only
  // for the few milliseconds the draft table takes to answer; a restored draft then replaces its text.
  useEffect(() => {
    if (session === null || text.current === null) return;
    if (text.current.value !== session.initialText) text.current.value = session.initialText;
    setRestored(session.restoredAt);
  }, [session]);

  const choose = (choice: ConflictChoice) => {
    if (!autosave) return;
    const shown = autosave.resolve(choice);
    if (text.current) text.current.value = shown;
    text.current?.focus();
  };

  return (
    <div className="note-editor">
      <div className={`note-editor-bar${labelledBy ? ' note-editor-bar-unlabelled' : ''}`}>
        {labelledBy === undefined && (
          <label htmlFor={id} className="note-editor-label">
            {label}
          </label>
        )}
        <div className="note-editor-tabs" role="group" aria-label={`${label} view`}>
          <button type="button" aria-pressed={preview === null} onClick={() => setPreview(null)}>
            Write
          </button>
          <button
            type="button"
            aria-pressed={preview !== null}
            onClick={() => {
              void autosave?.flush();
              setPreview(autosave?.current() ?? text.current?.value ?? '');
            }}
          >
            Preview
          </button>
        </div>
      </div>
      <textarea
        ref={text}
        id={id}
        aria-labelledby={labelledBy}
        className="note-editor-text"
        // Notes may be in Arabic or Persian (the corpus is about Iran and Iraq): each lays itself out.
        dir="auto"
        hidden={preview !== null}
        defaultValue={note?.body ?? ''}
        readOnly={session === null}
        aria-busy={session === null}
        autoFocus={autoFocus}
        placeholder={placeholder ?? 'Write in Markdown: **bold**, *italic*, [links](https://…), - lists'}
        rows={5}
        spellCheck
        onChange={(e) => {
          setRestored(null);
          autosave?.change(e.currentTarget.value);
        }}
        onBlur={() => void autosave?.flush()}
      />
      {preview !== null &&
        (preview.trim() === '' ? <p className="note-empty">Nothing to preview yet.</p> : <MarkdownView source={preview} className="note-markdown note-preview" />)}
      {status.kind === 'conflict' && <ConflictChooser label={label} theirs={status.theirs.body} onChoose={choose} />}
      {/* Two regions that are always there: switching one element's role between status and alert
          is not reliably announced, and a region inserted with its text often is not either. */}
      <p className="note-status" role="status">
        {statusText(status, restored)}
      </p>
      <p className="note-status note-status-error" role="alert">
        {status.kind === 'error' ? status.message : status.kind === 'conflict' ? 'This note was changed elsewhere (another tab or window, or a restore) while you were writing. Nothing was overwritten: keep your text, the other version, or both.' : ''}
      </p>
    </div>
  );
}

/** Both versions of a note saved in two places at once, and the reader's three ways out. */
function ConflictChooser({ label, theirs, onChoose }: { label: string; theirs: string; onChoose: (c: ConflictChoice) => void }) {
  return (
    <div className="note-conflict" role="group" aria-label={`${label}: two versions`}>
      <p className="note-conflict-title">The other version (saved elsewhere):</p>
      <pre className="note-conflict-theirs" tabIndex={0} aria-label="The other version">
        {theirs === '' ? '(empty)' : theirs}
      </pre>
      <p className="note-conflict-title">Yours is in the editor above.</p>
      <div className="note-conflict-actions">
        <button type="button" onClick={() => onChoose('mine')}>
          Keep mine
        </button>
        <button type="button" onClick={() => onChoose('theirs')}>
          Keep the other version
        </button>
        <button type="button" onClick={() => onChoose('both')}>
          Keep both
        </button>
      </div>
    </div>
  );
}
