import { useCallback, useState } from 'react';
import type { Note } from '../../../shared/model';
import { upsertArticleNote, useDb } from '../../db';
import { describeError } from '../../core/error-text';
import { NoteEditor } from './note-editor';
import { TagsInput } from './tags-input';

/** The one note on a whole article: Markdown body and tags, saved as the reader writes. */
export function ArticleNoteEditor({ articleId, note }: { articleId: string; note: Note | null }) {
  const db = useDb();
  const [tagError, setTagError] = useState<string | null>(null);
  const save = useCallback((body: string) => upsertArticleNote(db, articleId, { body }), [db, articleId]);
  const setTags = (tags: string[]) => {
    upsertArticleNote(db, articleId, { tags }).then(
      () => setTagError(null),
      (e: unknown) => setTagError(describeError('Saving the tags', e)),
    );
  };

  return (
    <div className="article-note">
      <NoteEditor key={articleId} label="Article note" initialBody={note?.body ?? ''} onSave={save} placeholder="Notes on the whole article, in Markdown" />
      <TagsInput label="Article tags" tags={note?.tags ?? []} onChange={setTags} />
      {tagError && (
        <p className="note-status note-status-error" role="alert">
          {tagError}
        </p>
      )}
    </div>
  );
}
