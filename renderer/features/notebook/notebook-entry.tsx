import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { hasNoteText, noteOwnerKey } from '../../../shared/model';
import { describeError } from '../../core/error-text';
import { setHighlightTags, upsertArticleNote, upsertHighlightNote, useDb, type NoteBase } from '../../db';
import { COLOR_LABELS } from '../highlights';
import { MarkdownView, NoteEditor, noteExcerpt, TagsInput } from '../notes';
import type { NotebookItem } from './notebook-items';

/** Where an item opens: the reader at the exact passage (or at the top, for an article note). */
export function itemHref(item: NotebookItem): string {
  const base = `#/article/${encodeURIComponent(item.articleId)}`;
  return item.highlight ? `${base}?${new URLSearchParams({ highlight: item.highlight.id })}` : base;
}

function dateLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A note this long is shown clamped (and faded at the cut); Edit shows all of it. */
const LONG_NOTE_CHARS = 700;
const LONG_NOTE_LINES = 12;
const isLong = (body: string) => body.length > LONG_NOTE_CHARS || body.split('\n').length > LONG_NOTE_LINES;

/** Whether an entry's editor is open, and whether it should take focus as it opens (only when asked, not on a remount). */
export type EditState = 'focus' | 'open' | null;

export interface NotebookEntryProps {
  item: NotebookItem;
  /** The row's key (an item can be in two tag groups: each row has its own editor state). */
  rowKey: string;
  selected: boolean;
  onToggle: (key: string, on: boolean) => void;
  editing: EditState;
  onEdit: (rowKey: string, state: EditState) => void;
  /** False under an article's heading: the title is said once per group, not on every card. */
  showTitle: boolean;
}

/**
 * One card: the quote (a link to the passage), the note rendered from Markdown, and its details. The
 * note is edited in place with the same editor the reader uses (autosave, drafts, conflicts). Its
 * three controls carry `data-nav`, so the arrow keys (notebook-list.tsx) keep the same kind of
 * control when they move to the next card.
 */
export const NotebookEntry = memo(function NotebookEntry({ item, rowKey, selected, onToggle, editing, onEdit, showTitle }: NotebookEntryProps) {
  const quote = item.highlight?.quote.exact.replace(/\s+/g, ' ').trim();
  const short = quote ? noteExcerpt(quote, 60) : '';
  const label = item.highlight ? `Select highlight “${short}”` : `Select article note on “${item.articleTitle}”`;
  const note = hasNoteText(item.note) ? item.note : null;
  const hasNote = note !== null;
  const editButton = useRef<HTMLButtonElement>(null);
  // After Done (or Escape) the editor goes: focus returns to the button that opened it, not to <body>.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing === null && refocus.current) {
      refocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const close = useCallback(() => {
    refocus.current = true;
    onEdit(rowKey, null);
  }, [onEdit, rowKey]);

  return (
    <div className={`notebook-item${item.color ? ` hl-edge-${item.color}` : ''}`}>
      <input
        type="checkbox"
        className="notebook-check"
        data-nav="check"
        checked={selected}
        aria-label={label}
        onChange={(e) => onToggle(item.key, e.currentTarget.checked)}
      />
      <div className="notebook-item-body">
        <a className="notebook-item-link" data-nav="link" href={itemHref(item)}>
          {quote ? <q className="notebook-quote" dir="auto">{quote.length > 400 ? `${quote.slice(0, 399)}…` : quote}</q> : <span className="notebook-kind">Article note</span>}
        </a>
        {editing !== null ? (
          <EntryEditor item={item} autoFocus={editing === 'focus'} onFocused={() => onEdit(rowKey, 'open')} onDone={close} />
        ) : (
          // h1 is the page and h2 a group: a note's own "# Heading" becomes an h3.
          note && <MarkdownView source={note.body} headingShift={2} className={`note-markdown notebook-note${isLong(note.body) ? ' notebook-note-long' : ''}`} />
        )}
        <div className="notebook-meta">
          {showTitle && <span className="notebook-article">{item.articleTitle}</span>}
          {item.color && <span className="visually-hidden">{showTitle ? ', ' : ''}{COLOR_LABELS[item.color]}</span>}
          {showTitle && <span aria-hidden="true"> · </span>}
          <time dateTime={item.createdAt}>{dateLabel(item.createdAt)}</time>
          {item.tags.map((t) => (
            <span key={t} className="tag-chip tag-chip-small" dir="auto">
              {t}
            </span>
          ))}
          {editing === null && (
            <button ref={editButton} type="button" className="notebook-edit" data-nav="edit" onClick={() => onEdit(rowKey, 'focus')}>
              {hasNote ? 'Edit note' : 'Add note'}
              <span className="visually-hidden"> on {item.highlight ? `“${short}”` : `“${item.articleTitle}”`}</span>
            </button>
          )}
        </div>
      </div>
    </div>
  );
});

/**
 * The reader's own note editor and tags field, in the card. Saves go straight to the repositories
 * (the Notebook has no annotation store: there is no delete here for a save to race).
 */
function EntryEditor({ item, autoFocus, onFocused, onDone }: { item: NotebookItem; autoFocus: boolean; onFocused: () => void; onDone: () => void }) {
  const db = useDb();
  const highlightId = item.highlight?.id ?? null;
  const articleId = item.articleId;
  const [tagError, setTagError] = useState<string | null>(null);
  const save = useCallback(
    (body: string, base: NoteBase) => (highlightId ? upsertHighlightNote(db, highlightId, { body, base }) : upsertArticleNote(db, articleId, { body, base })),
    [db, highlightId, articleId],
  );
  const setTags = (tags: string[]) => {
    const saving = highlightId ? setHighlightTags(db, highlightId, tags) : upsertArticleNote(db, articleId, { tags });
    saving.then(
      () => setTagError(null),
      (e: unknown) => setTagError(describeError('Saving the tags', e)),
    );
  };
  // Focus once, when opened from its button; a remount (scrolled out of the list and back) leaves focus alone.
  const [focusNow] = useState(autoFocus);
  useEffect(() => {
    if (focusNow) onFocused();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    // The tags field uses (and stops) its own Escape while something is typed in it.
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onDone();
    }
  };
  const owner = noteOwnerKey({ articleId, highlightId });
  return (
    <div className="notebook-editor" onKeyDown={onKeyDown}>
      <NoteEditor key={owner} label={highlightId ? 'Note' : 'Article note'} draftKey={owner} note={item.note} onSave={save} autoFocus={focusNow} />
      <TagsInput label={highlightId ? 'Tags' : 'Article tags'} tags={highlightId ? (item.highlight?.tags ?? []) : (item.note?.tags ?? [])} onChange={setTags} />
      {tagError && (
        <p className="note-status note-status-error" role="alert">
          {tagError}
        </p>
      )}
      <div>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
