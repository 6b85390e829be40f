/**
 * The export options and actions for one scope: template, layout, "Save" and "Copy as Markdown",
 * and the outcome as a status line. Rendering only: gathering, naming and saving live in the modules.
 */
import { useId, useMemo, useState } from 'react';
import { MARKDOWN_TEMPLATES, TEMPLATE_LABELS, type MarkdownTemplate } from '../../../shared/export/markdown/templates';
import { useCorpus } from '../../core/corpus-context';
import { usePlatform } from '../../core/platform-context';
import { useAllHighlights, useAllNotes } from '../../db';
import { combinedMarkdown, planExport, tagChangesFor, type ExportLayout } from './export-files';
import { countGathered, gatherExport, type ExportScope } from './export-scope';
import { describeScope, layoutChoices, summaryLine } from './export-labels';
import { copyExport, saveExport } from './save-export';
import { IDLE, type ActionStatus } from './status';
import { StatusLine } from './status-line';

export function ExportForm({ scope }: { scope: ExportScope }) {
  const corpus = useCorpus();
  // Highlights kept from a removed import export too, under its kept provenance, marked unplaced.
  const articles = useMemo(() => [...corpus.articles, ...corpus.removed], [corpus]);
  const platform = usePlatform();
  const highlights = useAllHighlights();
  const notes = useAllNotes();
  const [template, setTemplate] = useState<MarkdownTemplate>('default');
  const [layout, setLayout] = useState<ExportLayout>('one-file');
  const [status, setStatus] = useState<ActionStatus>(IDLE);
  const name = useId();

  const gathered = useMemo(
    () => (highlights && notes ? gatherExport(scope, { highlights, notes }, articles) : null),
    [scope, highlights, notes, articles],
  );
  const counts = gathered ? countGathered(gathered) : null;
  // Shown before saving: every tag the chosen template cannot write as typed, and what it writes instead.
  const tagChanges = useMemo(() => (gathered ? tagChangesFor(gathered.groups, { template, layout }) : []), [gathered, template, layout]);
  const busy = status.tone === 'busy' || gathered === null;
  const empty = gathered !== null && gathered.groups.length === 0;

  async function run(action: 'save' | 'copy') {
    if (!gathered) return;
    // The button is disabled while busy, which can drop its focus; it gets it back when done.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setStatus({ tone: 'busy', message: action === 'save' ? 'Saving…' : 'Copying…' });
    const options = { template, layout, library: articles };
    const groups = gathered.groups;
    setStatus(
      action === 'save'
        ? await saveExport(platform, planExport(groups, options))
        : await copyExport(platform, groups.length > 0 ? combinedMarkdown(groups, options) : null),
    );
    if (document.activeElement === document.body || document.activeElement === null) requestAnimationFrame(() => focused?.focus());
  }

  return (
    <form className="export-form" onSubmit={(e) => e.preventDefault()} aria-busy={gathered === null}>
      <p className="export-summary">
        {describeScope(scope)}: {counts ? summaryLine(counts) : 'counting…'}
      </p>
      {gathered && gathered.missingArticleIds.length > 0 && (
        <p className="export-warning">
          {gathered.missingArticleIds.length === 1 ? 'One article' : `${gathered.missingArticleIds.length} articles`} with
          notes {gathered.missingArticleIds.length === 1 ? 'is' : 'are'} no longer in the library and cannot be exported
          as Markdown (a backup still keeps them).
        </p>
      )}
      <fieldset>
        <legend>Template</legend>
        {MARKDOWN_TEMPLATES.map((t) => (
          <label key={t}>
            <input type="radio" name={`${name}-template`} value={t} checked={template === t} onChange={() => setTemplate(t)} />
            {TEMPLATE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {scope.kind !== 'article' && (
        <fieldset>
          <legend>Files</legend>
          {layoutChoices(platform.kind).map((choice) => (
            <label key={choice.value}>
              <input
                type="radio"
                name={`${name}-layout`}
                value={choice.value}
                checked={layout === choice.value}
                onChange={() => setLayout(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
      )}
      {tagChanges.length > 0 && (
        <div className="export-tag-changes" role="note" aria-labelledby={`${name}-tag-changes`}>
          <p id={`${name}-tag-changes`}>
            {tagChanges.length === 1 ? 'One tag is' : `${tagChanges.length} tags are`} written differently in this template (the front
            matter keeps every tag as typed):
          </p>
          <ul>
            {tagChanges.map((c) => (
              <li key={c.name} dir="auto">
                <strong>{c.name}</strong> → {c.writtenAs ?? 'kept as text, not a tag'}: {c.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="export-actions">
        <button type="button" disabled={busy || empty} onClick={() => void run('save')}>
          {platform.kind === 'browser' ? 'Save (download)' : 'Save…'}
        </button>
        <button type="button" disabled={busy || empty} onClick={() => void run('copy')}>
          Copy as Markdown
        </button>
      </div>
      <StatusLine status={status} />
    </form>
  );
}
