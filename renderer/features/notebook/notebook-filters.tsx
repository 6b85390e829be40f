import { useId } from 'react';
import { HIGHLIGHT_COLORS, type Article, type HighlightColor } from '../../../shared/model';
import { COLOR_LABELS } from '../highlights';
import type { NotebookFilter } from './notebook-items';

export interface NotebookFiltersProps {
  filter: NotebookFilter;
  onChange: (filter: NotebookFilter) => void;
  articles: readonly Pick<Article, 'id' | 'title'>[];
  tags: readonly string[];
}

const isColor = (v: string): v is HighlightColor => (HIGHLIGHT_COLORS as readonly string[]).includes(v);

/** The Notebook's search field and filters: article, tag, colour and a date range. */
export function NotebookFilters({ filter, onChange, articles, tags }: NotebookFiltersProps) {
  const id = useId();
  const set = (patch: Partial<NotebookFilter>) => onChange({ ...filter, ...patch });
  return (
    <form className="notebook-filters" role="search" aria-label="Notebook" onSubmit={(e) => e.preventDefault()}>
      <label className="notebook-search" htmlFor={`${id}-q`}>
        Search notes
        <input
          id={`${id}-q`}
          type="search"
          value={filter.text}
          placeholder="Words in quotes, notes or tags"
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      <label htmlFor={`${id}-article`}>
        Article
        <select id={`${id}-article`} value={filter.articleId ?? ''} onChange={(e) => set({ articleId: e.currentTarget.value || null })}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-tag`}>
        Tag
        <select id={`${id}-tag`} value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-color`}>
        Colour
        <select
          id={`${id}-color`}
          value={filter.color ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ color: isColor(v) ? v : null });
          }}
        >
          <option value="">Any colour</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-from`}>
        From
        <input id={`${id}-from`} type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || null })} />
      </label>
      <label htmlFor={`${id}-to`}>
        To
        <input id={`${id}-to`} type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || null })} />
      </label>
    </form>
  );
}
