/**
 * What a restore would do, before it does anything: counts per kind, and every conflict (a record
 * newer or deleted here, a second note on one highlight or article) with its choices. Rendering
 * only; the plan comes from shared/export/backup/plan-restore.ts, the flow from restore-flow.ts.
 */
import { useId } from 'react';
import type { RestoreChoice, RestoreConflict } from '../../../shared/export/backup/plan-restore';
import type { Article, Highlight } from '../../../shared/model';
import type { RestoreChoices, RestorePreview } from './restore-flow';

const KINDS = [
  ['highlights', 'Highlights'],
  ['notes', 'Notes'],
  ['tags', 'Tags'],
  ['readingStates', 'Reading positions'],
] as const;

const CHOICE_LABELS: Record<RestoreChoice, string> = {
  'keep-here': 'Keep what is here',
  'use-backup': 'Use the backup’s',
  'keep-both': 'Keep both texts',
};

const excerpt = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat === '' ? '(empty)' : flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

function describe(c: RestoreConflict, quoteOf: (highlightId: string | null, articleId: string) => string): { title: string; here: string | null; backup: string } {
  if (c.kind === 'highlight') {
    const what = `Highlight “${excerpt(c.backup.quote.exact, 60)}”`;
    if (c.reason === 'deleted-here') {
      const notes = c.notes.length > 0 ? ' with its note' : '';
      return { title: `${what}${notes}: deleted here after the backup was made.`, here: null, backup: `${c.backup.color}${c.notes[0] ? `, note: ${excerpt(c.notes[0].body)}` : ''}` };
    }
    return { title: `${what}: changed here after the backup was made.`, here: `${c.here.color}, tags: ${c.here.tags.join(', ') || 'none'}`, backup: `${c.backup.color}, tags: ${c.backup.tags.join(', ') || 'none'}` };
  }
  const on = quoteOf(c.backup.highlightId, c.backup.articleId);
  if (c.reason === 'deleted-here') return { title: `Note on ${on}: deleted here after the backup was made.`, here: null, backup: excerpt(c.backup.body) };
  if (c.reason === 'second-note') return { title: `Note on ${on}: the backup has a second note for it (one note each is kept).`, here: excerpt(c.here.body), backup: excerpt(c.backup.body) };
  return { title: `Note on ${on}: edited here after the backup was made.`, here: excerpt(c.here.body), backup: excerpt(c.backup.body) };
}

export interface RestorePreviewProps {
  preview: RestorePreview;
  choices: RestoreChoices;
  onChoose: (key: string, choice: RestoreChoice) => void;
  onApply: () => void;
  onCancel: () => void;
  busy: boolean;
  /** The library's articles and the stored highlights, to name what a note is on. */
  articles: readonly Pick<Article, 'id' | 'title'>[];
}

export function RestorePreviewPanel({ preview, choices, onChoose, onApply, onCancel, busy, articles }: RestorePreviewProps) {
  const headingId = useId();
  const { plan, backup } = preview;
  const highlights = new Map<string, Highlight>(backup.highlights.map((h) => [h.id, h]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const quoteOf = (highlightId: string | null, articleId: string) =>
    highlightId === null
      ? `the article “${excerpt(titles.get(articleId) ?? articleId, 60)}”`
      : `“${excerpt(highlights.get(highlightId)?.quote.exact ?? 'a highlight', 60)}”`;
  const c = plan.counts;
  const nothing = c.added + c.updated + c.conflicts === 0;

  return (
    <section className="restore-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Restore {preview.name}?</h3>
      <p>
        Nothing has changed yet. Made {new Date(backup.exportedAt).toLocaleString()}. Restoring would add {c.added}, update {c.updated} and leave{' '}
        {c.unchanged} unchanged; {c.conflicts} {c.conflicts === 1 ? 'is' : 'are'} newer or deleted here, and change only if you choose so below. A snapshot
        is taken first, so the restore can be undone.
      </p>
      <table className="restore-counts">
        <caption className="visually-hidden">What the restore would do, by kind of record</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">In conflict</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{plan.byKind[key].added}</td>
              <td>{plan.byKind[key].updated}</td>
              <td>{plan.byKind[key].unchanged}</td>
              <td>{plan.byKind[key].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.conflicts.length > 0 && (
        <ul className="restore-conflicts" aria-label="Conflicts">
          {plan.conflicts.map((conflict) => {
            const d = describe(conflict, quoteOf);
            const chosen = choices[conflict.key] ?? conflict.defaultChoice;
            return (
              <li key={conflict.key}>
                <fieldset>
                  <legend>{d.title}</legend>
                  {d.here !== null && <p className="restore-version">Here: {d.here}</p>}
                  <p className="restore-version">In the backup: {d.backup}</p>
                  {conflict.choices.map((choice) => (
                    <label key={choice}>
                      <input type="radio" name={conflict.key} checked={chosen === choice} onChange={() => onChoose(conflict.key, choice)} />{' '}
                      {conflict.reason === 'deleted-here' ? (choice === 'keep-here' ? 'Keep it deleted' : 'Bring it back') : CHOICE_LABELS[choice]}
                    </label>
                  ))}
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <div className="export-actions">
        <button type="button" disabled={busy || nothing} onClick={onApply}>
          Apply restore
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
      {nothing && <p>This backup holds nothing that is not here already.</p>}
    </section>
  );
}
