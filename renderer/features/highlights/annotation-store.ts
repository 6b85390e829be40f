/**
 * One article's highlights and notes as a plain TypeScript object outside React (tldraw keeps its
 * Editor so): it loads them live from the database, anchors them on the article's text, joins each
 * with its note, and holds the selection, the open editor and the last colour used. Components read
 * it through useSyncExternalStore with a selector and send it intents; the DOM side (painting,
 * selection, scrolling) stays with the views and the painter.
 *
 * The state is rebuilt with care for identity, because that is what React and the painter compare:
 * saving a note replaces that one item and nothing else (the paint spans, the order of ids and every
 * other item stay the same objects), so a note's autosave repaints nothing and re-renders one card.
 */
import { describeRange } from '../../../shared/anchoring';
import {
  articleNoteOf,
  articleText,
  notesByHighlight,
  type Article,
  type Highlight,
  type HighlightColor,
  type Note,
  type TextRange,
} from '../../../shared/model';
import { describeError } from '../../core/error-text';
import type { Notify } from '../../core/toasts';
import {
  createHighlight,
  deleteHighlight,
  observeArticleHighlights,
  observeArticleNotes,
  reattachHighlight,
  restoreDeleted,
  setHighlightTags,
  takePrefetchedAnnotations,
  updateHighlightColor,
  upsertHighlightNote,
  type DeletedHighlight,
  type GlossDb,
  type NoteBase,
} from '../../db';
import type { Platform } from '../../platform';
import { formatQuoteWithCitation } from './citation';
import { anchorHighlights, type Anchored, type PlacedHighlight, type UnplacedHighlight } from './place-highlights';
import { trimSpan } from './trim-span';

/** What the highlight colours layer paints: one span per placed highlight. */
export interface HighlightSpan extends TextRange {
  id: string;
  color: HighlightColor;
}

export interface SelectOptions {
  /** Scroll the highlight into view. */
  scroll?: boolean;
  /** Open its editor (popover). */
  edit?: boolean;
  /** Put the caret in the note field when the editor opens. */
  focusNote?: boolean;
  /** Flash it briefly (arriving from the Notebook or a link). */
  flash?: boolean;
}

export interface AnnotationState {
  /** False until both highlights and notes have been read once. */
  loaded: boolean;
  /** The placed highlights' ids in document order; a new array only when the order changes. */
  placedIds: readonly string[];
  /** Each placed highlight with its note; an item is a new object only when it changed. */
  items: ReadonlyMap<string, PlacedHighlight>;
  /** Orphans in the order they were made: never deleted, shown under "Unplaced". */
  unplaced: readonly UnplacedHighlight[];
  articleNote: Note | null;
  /** What the colours layer paints; a new array only when a highlight moved, came, went or changed colour. */
  spans: readonly HighlightSpan[];
  selectedId: string | null;
  editing: { id: string; focusNote: boolean } | null;
  lastColor: HighlightColor;
}

export interface AnnotationStore {
  readonly article: Article;
  readonly text: string;
  getState(): AnnotationState;
  subscribe(listener: () => void): () => void;
  /** Starts the live reads; returns their stop. */
  connect(): () => void;
  select(id: string | null, options?: SelectOptions): void;
  closeEditor(): void;
  /** Highlights the span in the colour (or the last one used); returns the new id, or null when nothing was made. */
  create(span: TextRange, color?: HighlightColor): Promise<string | null>;
  setColor(id: string, color: HighlightColor): Promise<void>;
  setTags(id: string, tags: readonly string[]): Promise<void>;
  /** The editor shows its own save status, so a failure is rethrown to it rather than toasted. */
  /** Saves the note's body typed over `base` (notes-repo's revision check; without one the save is unconditional); resolves with the stored note. */
  saveNote(id: string, body: string, base?: NoteBase): Promise<Note>;
  /** Deletes the highlight and its note, offering Undo. */
  remove(id: string): Promise<void>;
  /** Puts back what the last delete took. */
  undo(): Promise<void>;
  reattach(id: string, span: TextRange | null): Promise<void>;
  copyQuote(span: TextRange): Promise<void>;
}

export interface AnnotationStoreDeps {
  article: Article;
  db: GlossDb;
  platform: Pick<Platform, 'copyText'>;
  notify: Notify;
}

const EMPTY: AnnotationState = {
  loaded: false,
  placedIds: [],
  items: new Map(),
  unplaced: [],
  articleNote: null,
  spans: [],
  selectedId: null,
  editing: null,
  lastColor: 'yellow',
};

/** The database hands over fresh objects on every read: records are compared by value. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function sameSpans(a: readonly HighlightSpan[], b: readonly HighlightSpan[]): boolean {
  return a.length === b.length && a.every((s, i) => s.id === b[i]!.id && s.start === b[i]!.start && s.end === b[i]!.end && s.color === b[i]!.color);
}

export function createAnnotationStore({ article, db, platform, notify }: AnnotationStoreDeps): AnnotationStore {
  const text = articleText(article);
  let state = EMPTY;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<AnnotationState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };

  // The two live reads, and the anchoring of the highlights (redone only when they change).
  let highlights: Highlight[] | undefined;
  let notes: Note[] | undefined;
  let anchored: Anchored = { placed: [], unplaced: [] };

  /** Joins highlights and notes into the next state, keeping every unchanged part the same object. */
  const rebuild = () => {
    if (!highlights || !notes) return;
    const noteOf = notesByHighlight(notes);
    const items = new Map<string, PlacedHighlight>();
    for (const p of anchored.placed) {
      const note = noteOf.get(p.highlight.id) ?? null;
      const prev = state.items.get(p.highlight.id);
      const keep = prev && prev.start === p.start && prev.end === p.end && prev.status === p.status && same(prev.highlight, p.highlight) && same(prev.note, note);
      items.set(p.highlight.id, keep ? prev : { ...p, note });
    }
    const placedIds = anchored.placed.map((p) => p.highlight.id);
    const spans = anchored.placed.map((p) => ({ id: p.highlight.id, color: p.highlight.color, start: p.start, end: p.end }));
    const prevUnplaced = new Map(state.unplaced.map((u) => [u.highlight.id, u]));
    const unplaced = anchored.unplaced.map((highlight) => {
      const note = noteOf.get(highlight.id) ?? null;
      const prev = prevUnplaced.get(highlight.id);
      return prev && same(prev.highlight, highlight) && same(prev.note, note) ? prev : { highlight, note };
    });
    const articleNote = articleNoteOf(notes);
    set({
      loaded: true,
      items,
      placedIds: sameIds(placedIds, state.placedIds) ? state.placedIds : placedIds,
      spans: sameSpans(spans, state.spans) ? state.spans : spans,
      unplaced: unplaced.length === state.unplaced.length && unplaced.every((u, i) => u === state.unplaced[i]) ? state.unplaced : unplaced,
      articleNote: same(articleNote, state.articleNote) ? state.articleNote : articleNote,
    });
  };

  const fail = (action: string) => (e: unknown) => notify({ kind: 'error', message: describeError(action, e) });
  const anchorOf = (span: TextRange) => {
    const trimmed = trimSpan(text, span.start, span.end);
    return trimmed ? { ...describeRange(text, trimmed.start, trimmed.end), contentHash: article.contentHash } : null;
  };
  let lastDeleted: DeletedHighlight | null = null;
  const restore = (deleted: DeletedHighlight) => {
    if (lastDeleted === deleted) lastDeleted = null;
    return restoreDeleted(db, deleted).catch(fail('Undoing the delete'));
  };

  const store: AnnotationStore = {
    article,
    text,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect() {
      const readFailed = fail('Loading the highlights');
      let live = true;
      // A read started with the article's text (prefetchArticleAnnotations) answers first; it is used
      // only while the live reads have not answered, so it never overwrites what they said.
      takePrefetchedAnnotations(db, article.id)?.then(
        (first) => {
          if (!live) return;
          if (highlights === undefined) {
            highlights = first.highlights;
            anchored = anchorHighlights(text, article.contentHash, first.highlights);
          }
          notes ??= first.notes;
          rebuild();
        },
        () => undefined,
      );
      const offHighlights = observeArticleHighlights(db, article.id, {
        next(list) {
          highlights = list;
          anchored = anchorHighlights(text, article.contentHash, list);
          rebuild();
        },
        error: readFailed,
      });
      const offNotes = observeArticleNotes(db, article.id, {
        next(list) {
          notes = list;
          rebuild();
        },
        error: readFailed,
      });
      return () => {
        live = false;
        offHighlights();
        offNotes();
      };
    },
    select(id, options = {}) {
      if (id === null) set({ selectedId: null, editing: null });
      else set({ selectedId: id, ...(options.edit ? { editing: { id, focusNote: options.focusNote ?? false } } : {}) });
    },
    closeEditor: () => set({ editing: null }),
    async create(span, color = state.lastColor) {
      const anchorData = anchorOf(span);
      if (!anchorData) return null;
      set({ lastColor: color });
      try {
        const made = await createHighlight(db, { articleId: article.id, color, ...anchorData });
        return made.id;
      } catch (e) {
        fail('Highlighting')(e);
        return null;
      }
    },
    setColor: (id, color) => updateHighlightColor(db, id, color).then(() => undefined, fail('Changing the colour')),
    setTags: (id, tags) => setHighlightTags(db, id, tags).then(() => undefined, fail('Saving the tags')),
    saveNote: (id, body, base) => upsertHighlightNote(db, id, { body, base }),
    async remove(id) {
      try {
        const deleted = await deleteHighlight(db, id);
        lastDeleted = deleted;
        notify({
          kind: 'info',
          message: deleted.notes.length > 0 ? 'Highlight and its note deleted.' : 'Highlight deleted.',
          action: { label: 'Undo', run: () => void restore(deleted) },
          // The control that deleted it (the editor, or the Unplaced item) is gone with it.
          takeFocus: true,
        });
      } catch (e) {
        fail('Deleting the highlight')(e);
      }
    },
    async undo() {
      if (lastDeleted) await restore(lastDeleted);
    },
    async reattach(id, span) {
      const anchorData = span ? anchorOf(span) : null;
      if (!anchorData) {
        notify({ kind: 'error', message: 'Select the text this highlight belongs to in the article first, then choose Re-attach.' });
        return;
      }
      await reattachHighlight(db, id, anchorData).then(() => notify({ kind: 'info', message: 'Highlight re-attached.' }), fail('Re-attaching'));
    },
    async copyQuote(span) {
      const quote = formatQuoteWithCitation(text.slice(span.start, span.end), article);
      if (quote === '') return;
      const result = await platform.copyText(quote);
      notify(result.ok ? { kind: 'info', message: 'Quote copied with its citation.' } : { kind: 'error', message: result.error });
    },
  };
  return store;
}
