import { useId, useState } from 'react';
import { MarkdownView } from './markdown-view';
import { useAutosave, type SaveStatus } from './use-autosave';
import './notes.css';

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return status.message;
  }
}

export interface NoteEditorProps {
  /** The textarea's accessible name, e.g. "Note" or "Article note". */
  label: string;
  initialBody: string;
  onSave: (body: string) => Promise<unknown>;
  autoFocus?: boolean;
  placeholder?: string;
}

/**
 * Markdown note editor with a preview. Uncontrolled on purpose: the textarea owns its text and the
 * autosave reads it from a ref, so large notes (100 KB and more) type without re-rendering. Key it by
 * the note's owner so switching highlights starts a fresh editor.
 */
export function NoteEditor({ label, initialBody, onSave, autoFocus = false, placeholder }: NoteEditorProps) {
  const { status, change, flush, current } = useAutosave(initialBody, onSave);
  const [preview, setPreview] = useState<string | null>(null);
  const id = useId();

  return (
    <div className="note-editor">
      <div className="note-editor-bar">
        <label htmlFor={id} className="note-editor-label">
          {label}
        </label>
        <div className="note-editor-tabs" role="group" aria-label={`${label} view`}>
          <button type="button" aria-pressed={preview === null} onClick={() => setPreview(null)}>
            Write
          </button>
          <button
            type="button"
            aria-pressed={preview !== null}
            onClick={() => {
              flush();
              setPreview(current());
            }}
          >
            Preview
          </button>
        </div>
      </div>
      <textarea
        id={id}
        className="note-editor-text"
        // Notes may be in Arabic or Persian (the corpus is about Iran and Iraq): each lays itself out.
        dir="auto"
        hidden={preview !== null}
        defaultValue={initialBody}
        autoFocus={autoFocus}
        placeholder={placeholder ?? 'Write in Markdown: **bold**, *italic*, [links](https://…), - lists'}
        rows={5}
        spellCheck
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={flush}
      />
      {preview !== null &&
        (preview.trim() === '' ? <p className="note-empty">Nothing to preview yet.</p> : <MarkdownView source={preview} className="note-markdown note-preview" />)}
      {/* Two regions that are always there: switching one element's role between status and alert
          is not reliably announced, and a region inserted with its text often is not either. */}
      <p className="note-status" role="status">
        {status.kind === 'error' ? '' : statusText(status)}
      </p>
      <p className="note-status note-status-error" role="alert">
        {status.kind === 'error' ? statusText(status) : ''}
      </p>
    </div>
  );
}
