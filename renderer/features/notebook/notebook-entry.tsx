import { hasNoteText } from '../../../shared/model';
import type { NotebookItem } from './notebook-items';
import { COLOR_LABELS } from '../highlights';
import { noteExcerpt } from '../notes';

/** Where an item opens: the reader at the exact passage (or at the top, for an article note). */
export function itemHref(item: NotebookItem): string {
  const base = `#/article/${encodeURIComponent(item.articleId)}`;
  return item.highlight ? `${base}?${new URLSearchParams({ highlight: item.highlight.id })}` : base;
}

function dateLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function NotebookEntry({ item, selected, onToggle }: { item: NotebookItem; selected: boolean; onToggle: (on: boolean) => void }) {
  const quote = item.highlight?.quote.exact.replace(/\s+/g, ' ').trim();
  const label = item.highlight ? `Select highlight “${noteExcerpt(quote ?? '', 60)}”` : `Select article note on “${item.articleTitle}”`;
  return (
    <li className={`notebook-item${item.color ? ` hl-edge-${item.color}` : ''}`}>
      <input type="checkbox" className="notebook-check" checked={selected} aria-label={label} onChange={(e) => onToggle(e.currentTarget.checked)} />
      <div className="notebook-item-body">
        <a className="notebook-item-link" href={itemHref(item)}>
          {quote ? <q className="notebook-quote" dir="auto">{quote.length > 400 ? `${quote.slice(0, 399)}…` : quote}</q> : <span className="notebook-kind">Article note</span>}
        </a>
        {hasNoteText(item.note) && <p className="notebook-note" dir="auto">{noteExcerpt(item.note.body, 400)}</p>}
        <p className="notebook-meta">
          <span className="notebook-article">{item.articleTitle}</span>
          {item.color && <span className="visually-hidden">, {COLOR_LABELS[item.color]}</span>}
          <span aria-hidden="true"> · </span>
          <time dateTime={item.createdAt}>{dateLabel(item.createdAt)}</time>
          {item.tags.map((t) => (
            <span key={t} className="tag-chip tag-chip-small" dir="auto">
              {t}
            </span>
          ))}
        </p>
      </div>
    </li>
  );
}
