/**
 * Everything the reader can do to highlights, as callbacks: each write goes through one repository
 * call (one transaction), and a failure becomes an error toast with the store's own message.
 */
import { useMemo } from 'react';
import { describeRange } from '../../../shared/anchoring';
import type { Article, HighlightColor, Note } from '../../../shared/model';
import { usePlatform } from '../../app/platform-context';
import {
  createHighlight,
  deleteHighlight,
  reattachHighlight,
  restoreDeleted,
  setHighlightTags,
  updateHighlightColor,
  upsertHighlightNote,
  useDb,
  type NoteBase,
} from '../../db';
import { describeError } from '../notes/error-message';
import { formatQuoteWithCitation } from './citation';
import type { TextSpan } from './dom-offsets';
import type { Notify } from './toasts';
import { trimSpan } from './trim-span';

export interface AnnotationActions {
  /** Highlights the span; returns the new highlight's id, or null when nothing was made. */
  create(span: TextSpan, color: HighlightColor): Promise<string | null>;
  setColor(id: string, color: HighlightColor): Promise<void>;
  setTags(id: string, tags: readonly string[]): Promise<void>;
  /** Saves the note's body typed over `base` (notes-repo's revision check); resolves with the stored note. */
  saveNote(id: string, body: string, base: NoteBase): Promise<Note>;
  /** Deletes the highlight and its note, offering Undo. */
  remove(id: string): Promise<void>;
  reattach(id: string, span: TextSpan | null): Promise<void>;
  copyQuote(span: TextSpan): Promise<void>;
}

export function useAnnotationActions(article: Article, text: string, notify: Notify): AnnotationActions {
  const db = useDb();
  const platform = usePlatform();

  return useMemo<AnnotationActions>(() => {
    const fail = (action: string) => (e: unknown) => notify({ kind: 'error', message: describeError(action, e) });
    const anchorOf = (span: TextSpan) => {
      const trimmed = trimSpan(text, span.start, span.end);
      return trimmed ? { ...describeRange(text, trimmed.start, trimmed.end), contentHash: article.contentHash } : null;
    };

    return {
      async create(span, color) {
        const anchor = anchorOf(span);
        if (!anchor) return null;
        try {
          const made = await createHighlight(db, { articleId: article.id, color, ...anchor });
          return made.id;
        } catch (e) {
          fail('Highlighting')(e);
          return null;
        }
      },
      setColor: (id, color) => updateHighlightColor(db, id, color).then(() => undefined, fail('Changing the colour')),
      setTags: (id, tags) => setHighlightTags(db, id, tags).then(() => undefined, fail('Saving the tags')),
      // The editor shows its own save status, so a failure is rethrown to it rather than toasted.
      saveNote: (id, body, base) => upsertHighlightNote(db, id, { body, base }),
      async remove(id) {
        try {
          const deleted = await deleteHighlight(db, id);
          notify({
            kind: 'info',
            message: deleted.notes.length > 0 ? 'Highlight and its note deleted.' : 'Highlight deleted.',
            action: { label: 'Undo', run: () => void restoreDeleted(db, deleted).catch(fail('Undoing the delete')) },
            // The control that deleted it (the editor, or the Unplaced item) is gone with it.
            takeFocus: true,
          });
        } catch (e) {
          fail('Deleting the highlight')(e);
        }
      },
      async reattach(id, span) {
        const anchor = span ? anchorOf(span) : null;
        if (!anchor) {
          notify({ kind: 'error', message: 'Select the text this highlight belongs to in the article first, then choose Re-attach.' });
          return;
        }
        await reattachHighlight(db, id, anchor).then(() => notify({ kind: 'info', message: 'Highlight re-attached.' }), fail('Re-attaching'));
      },
      async copyQuote(span) {
        const quote = formatQuoteWithCitation(text.slice(span.start, span.end), article);
        if (quote === '') return;
        const result = await platform.copyText(quote);
        notify(result.ok ? { kind: 'info', message: 'Quote copied with its citation.' } : { kind: 'error', message: result.error });
      },
    };
  }, [db, platform, article, text, notify]);
}
