import { useCallback, useState } from 'react';
import { noteOwnerKey, type Note } from '../../../shared/model';
import { upsertArticleNote, useDb, type NoteBase } from '../../db';
import { describeError } from '../../core/error-text';
import { NoteEditor } from './note-editor';
import { TagsInput } from './tags-input';

/**
 * The one note on a whole article: Markdown body and tags, saved as the reader writes. Under a
 * heading that says "Article note" already, pass its id as `labelledBy`: one label, not two.
 */
export function ArticleNoteEditor({ articleId, note, labelledBy }: { articleId: string; note: Note | null; labelledBy?: string }) {
  const db = useDb();
  const [tagError, setTagError] = useState<string | null>(null);
  const save = useCallback((body: string, base: NoteBase) => upsertArticleNote(db, articleId, { body, base }), [db, articleId]);
  const setTags = (tags: string[]) => {
    upsertArticleNote(db, articleId, { tags }).then(
      () => setTagError(null),
      (e: unknown) => setTagError(describeError('Saving the tags', e)),
    );
  };

  return (
    <div className="article-note">
      <NoteEditor
        key={articleId}
        label="Article note"
        labelledBy={labelledBy}
        draftKey={noteOwnerKey({ articleId, highlightId: null })}
        note={note}
        onSave={save}
        placeholder="Notes on the whole article, in Markdown"
      />
      <TagsInput label="Article tags" tags={note?.tags ?? []} onChange={setTags} />
      {tagError && (
        <p className="note-status note-status-error" role="alert">
          {tagError}
        </p>
      )}
    </div>
  );
}
