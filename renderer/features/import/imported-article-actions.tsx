/**
 * The commands an imported article has that a bundled one does not: correct its details (title,
 * byline, date, source) and remove it from the library, choosing what happens to its highlights and
 * notes, with Undo. Shown in the reader's toolbar for imported articles only.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { metadataInput, validateMetadata, type MetadataErrors, type MetadataField, type MetadataInput } from '../../../shared/model/article-metadata';
import type { ArticleInfo } from '../../../shared/model/article';
import { useCorpus, useRefreshCorpus } from '../../core/corpus-context';
import { describeError } from '../../core/error-text';
import { navigate } from '../../core/navigation';
import { removeImported, undoRemoveImported, updateImportedMetadata, useDb, useHighlights, useNotes, type RemovedImport } from '../../db';
import { useImportNotify } from './imported-toasts';
import { Modal } from './modal';
import './import.css';

export function ImportedArticleActions({ articleId }: { articleId: string }) {
  const corpus = useCorpus();
  const article = corpus.byId.get(articleId);
  const [open, setOpen] = useState<'edit' | 'remove' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  if (!article || !corpus.importedIds.has(articleId)) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen('edit')}>
        Edit details…
      </button>
      <button type="button" onClick={() => setOpen('remove')}>
        Remove from library…
      </button>
      <Modal open={open === 'edit'} onClose={close} title="Edit this article’s details">
        {() => <EditDetailsForm article={article} onDone={close} />}
      </Modal>
      <Modal open={open === 'remove'} onClose={close} title={`Remove “${article.title}” from the library?`}>
        {() => <RemoveForm article={article} onCancel={close} />}
      </Modal>
    </>
  );
}

const FIELDS: { field: MetadataField; label: string; hint?: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'byline', label: 'Byline', hint: 'As the article states it, e.g. “By Helen Marsh”; empty when it names no one.' },
  { field: 'published', label: 'Published', hint: 'Year-month-day, e.g. 2021-06-15; empty when the article states no date.' },
  { field: 'source', label: 'Source', hint: 'The publisher or author the article names.' },
];

function EditDetailsForm({ article, onDone }: { article: ArticleInfo; onDone: () => void }) {
  const db = useDb();
  const refresh = useRefreshCorpus();
  const notify = useImportNotify();
  const [values, setValues] = useState<MetadataInput>(() => metadataInput(article));
  const [errors, setErrors] = useState<MetadataErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateMetadata(values);
    if (!checked.ok) {
      setErrors(checked.error);
      // The first field in error takes focus, so its message is read out with it.
      const first = FIELDS.find((f) => checked.error[f.field]);
      if (first) document.getElementById(`${id}-${first.field}`)?.focus();
      return;
    }
    setErrors({});
    try {
      await updateImportedMetadata(db, article.id, values);
      await refresh();
      notify({ kind: 'info', message: 'Details saved. The original file is kept as it was.' });
      onDone();
    } catch (e) {
      setProblem(describeError('Saving the details', e));
    }
  };

  return (
    <form className="import-form" onSubmit={(e) => void submit(e)} noValidate>
      <p>The original file is kept unchanged for provenance; these are the details Gloss shows, searches and exports.</p>
      {FIELDS.map(({ field, label, hint }) => {
        const error = errors[field];
        const described = [hint ? `${id}-${field}-hint` : null, error ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div className="import-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              type="text"
              value={values[field]}
              required={field === 'title'}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
            {hint && (
              <span id={`${id}-${field}-hint`} className="import-hint">
                {hint}
              </span>
            )}
            {error && (
              <span id={`${id}-${field}-error`} className="import-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <p role="alert" className="import-error">
        {problem}
      </p>
      <div className="import-form-actions">
        <button type="submit">Save details</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RemoveForm({ article, onCancel }: { article: ArticleInfo; onCancel: () => void }) {
  const db = useDb();
  const refresh = useRefreshCorpus();
  const notify = useImportNotify();
  const highlights = useHighlights(article.id);
  const notes = useNotes(article.id);
  const [choice, setChoice] = useState<'keep' | 'delete'>('keep');
  const [problem, setProblem] = useState<string | null>(null);
  const name = useId();
  const count = (highlights?.length ?? 0) + (notes?.filter((n) => n.highlightId === null).length ?? 0);

  const undo = async (removed: RemovedImport) => {
    try {
      await undoRemoveImported(db, removed);
      await refresh();
      notify({ kind: 'info', message: `“${removed.record.article.title}” is back in the library.` });
    } catch (e) {
      notify({ kind: 'error', message: describeError('Undoing the removal', e) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const removed = await removeImported(db, article.id, count === 0 ? 'delete' : choice);
      await refresh();
      navigate({ name: 'library' });
      const what = count === 0 ? '' : removed.notesKept ? '; its highlights and notes are kept as unplaced' : '; its highlights and notes were deleted';
      notify({ kind: 'info', message: `Removed “${article.title}” and its original file${what}.`, action: { label: 'Undo', run: () => void undo(removed) }, takeFocus: true });
    } catch (e) {
      setProblem(describeError('Removing the article', e));
    }
  };

  return (
    <form className="import-form" onSubmit={(e) => void submit(e)}>
      <p>The article and its original file leave the library and search.</p>
      {count > 0 && (
        <fieldset>
          <legend>
            It has {count === 1 ? 'one highlight or note' : `${count} highlights and notes`}. What should happen to {count === 1 ? 'it' : 'them'}?
          </legend>
          <label>
            <input type="radio" name={name} value="keep" checked={choice === 'keep'} onChange={() => setChoice('keep')} />
            Keep them as unplaced (still in the Notebook and export, marked unplaced)
          </label>
          <label>
            <input type="radio" name={name} value="delete" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
            Delete them
          </label>
        </fieldset>
      )}
      <p role="alert" className="import-error">
        {problem}
      </p>
      <div className="import-form-actions">
        <button type="submit">Remove</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
