/**
 * The library's filter controls (issue 12): source, kind, published from/to, tag and reading status,
 * each a labelled native control so the keyboard and screen readers get them for free. The logic is
 * shared/model/library-filter.ts; this only renders it.
 */
import { useId } from 'react';
import type { ArticleKind } from '../../../shared/model/article';
import { READING_STATUSES, type LibraryFilter, type ReadingStatus, type filterChoices } from '../../../shared/model/library-filter';
import { formatKind } from '../../format/format-date';

interface Props {
  filter: LibraryFilter;
  choices: ReturnType<typeof filterChoices>;
  onChange: (filter: LibraryFilter) => void;
}

const ANY = '';

export function LibraryFilters({ filter, choices, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset className="library-filters">
      <legend className="visually-hidden">Filter the library</legend>
      <div className="library-filter">
        <label htmlFor={`${id}-source`}>Source</label>
        <select id={`${id}-source`} value={filter.sources[0] ?? ANY} onChange={(e) => set({ sources: e.target.value ? [e.target.value] : [] })}>
          <option value={ANY}>Any source</option>
          {choices.sources.map((c) => (
            <option key={c.value} value={c.value}>
              {c.value} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <div className="library-filter">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={filter.kinds[0] ?? ANY} onChange={(e) => set({ kinds: e.target.value ? [e.target.value as ArticleKind] : [] })}>
          <option value={ANY}>Any kind</option>
          {choices.kinds.map((c) => (
            <option key={c.value} value={c.value}>
              {formatKind(c.value)} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <div className="library-filter">
        <label htmlFor={`${id}-from`}>Published from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from ?? ''}
          min={choices.firstDate ?? undefined}
          max={choices.lastDate ?? undefined}
          onChange={(e) => set({ from: e.target.value || null })}
        />
      </div>
      <div className="library-filter">
        <label htmlFor={`${id}-to`}>to</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to ?? ''}
          min={choices.firstDate ?? undefined}
          max={choices.lastDate ?? undefined}
          onChange={(e) => set({ to: e.target.value || null })}
        />
      </div>
      <div className="library-filter">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <select id={`${id}-tag`} value={filter.tags[0] ?? ANY} onChange={(e) => set({ tags: e.target.value ? [e.target.value] : [] })}>
          <option value={ANY}>Any tag</option>
          {choices.tags.map((c) => (
            <option key={c.value} value={c.value}>
              {c.value} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <div className="library-filter">
        <label htmlFor={`${id}-status`}>Reading</label>
        <select id={`${id}-status`} value={filter.status ?? ANY} onChange={(e) => set({ status: (e.target.value || null) as ReadingStatus | null })}>
          <option value={ANY}>Any</option>
          {READING_STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label} ({choices.statuses.find((c) => c.value === s.value)?.count ?? 0})
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
