/**
 * The Tags view (#/tags, issue 12): every tag exactly as typed with how often it is used, a link to
 * the Notebook filtered by it, and Rename, which is also Merge: renaming "iran" to "Iran" when "Iran"
 * exists makes the two one tag. Every rename has Undo. The counting and the plan are pure
 * (shared/model/tag-usage.ts); this view renders them and writes through renderer/db.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { planTagRename, tagUsage, type TagUsage } from '../../../shared/model/tag-usage';
import { tagKey } from '../../../shared/model/tag';
import { MAIN_ID } from '../../core/landmarks';
import { Toasts, useToasts } from '../../core/toasts';
import { applyTagRename, undoTagRename, useAllHighlights, useAllNotes, useDb, useTags } from '../../db';
import { describeError } from '../../core/error-text';
import './tags.css';

const uses = (u: TagUsage): string => {
  const parts = [];
  if (u.highlights > 0) parts.push(`${u.highlights} ${u.highlights === 1 ? 'highlight' : 'highlights'}`);
  if (u.notes > 0) parts.push(`${u.notes} ${u.notes === 1 ? 'note' : 'notes'}`);
  return parts.length > 0 ? `${parts.join(', ')} in ${u.articles} ${u.articles === 1 ? 'article' : 'articles'}` : 'not used';
};

export function TagsView() {
  const db = useDb();
  const highlights = useAllHighlights();
  const notes = useAllNotes();
  const tags = useTags();
  const { toasts, notify, dismiss, hold } = useToasts();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const loaded = highlights && notes && tags;
  const usage = useMemo(() => (loaded ? tagUsage({ highlights, notes, tags }) : []), [loaded, highlights, notes, tags]);
  const existing = new Set(usage.map((u) => tagKey(u.name)));

  async function rename(event: FormEvent, from: string) {
    event.preventDefault();
    if (!highlights || !notes || !tags) return;
    const plan = planTagRename({ highlights, notes, tags }, from, draft, new Date().toISOString());
    if (!plan.ok) {
      setError(plan.error);
      return;
    }
    try {
      await applyTagRename(db, plan.value);
      const to = plan.value.putTag?.name ?? draft;
      setEditing(null);
      setError(null);
      notify({
        kind: 'info',
        message: plan.value.merges ? `Merged “${from}” into “${to}”.` : `Renamed “${from}” to “${to}”.`,
        action: {
          label: 'Undo',
          run: () => void undoTagRename(db, plan.value).catch((e: unknown) => notify({ kind: 'error', message: describeError('Undoing the rename', e) })),
        },
        takeFocus: true,
      });
    } catch (e) {
      setError(describeError('Renaming the tag', e));
    }
  }

  return (
    <main id={MAIN_ID} tabIndex={-1} className="tags-page">
      <h1>Tags</h1>
      <p className="tags-intro">
        Every tag as you typed it. Rename one to correct it; rename it to another tag’s name to merge the two. Undo puts it back.
      </p>
      {!loaded && <p>Loading…</p>}
      {loaded && usage.length === 0 && <p>No tags yet. Add them to a highlight or a note in the reader.</p>}
      {usage.length > 0 && (
        <ul className="tags-list" aria-label="Tags">
          {usage.map((u) => (
            <li key={tagKey(u.name)} className="tags-row">
              {editing === u.name ? (
                <form className="tags-rename" onSubmit={(e) => void rename(e, u.name)}>
                  <label htmlFor={inputId}>New name for “{u.name}”</label>
                  <input
                    id={inputId}
                    value={draft}
                    autoFocus
                    dir="auto"
                    onChange={(e) => {
                      setDraft(e.target.value);
                      setError(null);
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.preventDefault();
                        setEditing(null);
                      }
                    }}
                    aria-describedby={`${inputId}-hint`}
                  />
                  <span id={`${inputId}-hint`} className="tags-hint">
                    {existing.has(tagKey(draft)) && tagKey(draft) !== tagKey(u.name) ? `Merges into “${usage.find((x) => tagKey(x.name) === tagKey(draft))?.name}”.` : ''}
                  </span>
                  <button type="submit">{existing.has(tagKey(draft)) && tagKey(draft) !== tagKey(u.name) ? 'Merge' : 'Rename'}</button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                  <p className="tags-error" role="alert">
                    {error}
                  </p>
                </form>
              ) : (
                <>
                  <span className="tag-chip tags-name" dir="auto">
                    {u.name}
                  </span>
                  <span className="tags-count">{uses(u)}</span>
                  <button
                    type="button"
                    aria-label={`Rename ${u.name}`}
                    onClick={() => {
                      setEditing(u.name);
                      setDraft(u.name);
                      setError(null);
                    }}
                  >
                    Rename
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Toasts toasts={toasts} dismiss={dismiss} hold={hold} />
    </main>
  );
}
