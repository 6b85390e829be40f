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
      <ChoiceSelect id={`${id}-source`} label="Source" anyLabel="Any source" value={filter.sources[0]} choices={choices.sources} onChange={(v) => set({ sources: v ? [v] : [] })} />
      <ChoiceSelect
        id={`${id}-kind`}
        label="Kind"
        anyLabel="Any kind"
        value={filter.kinds[0]}
        choices={choices.kinds}
        show={(v) => formatKind(v as ArticleKind) ?? v}
        onChange={(v) => set({ kinds: v ? [v as ArticleKind] : [] })}
      />
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
      <ChoiceSelect id={`${id}-tag`} label="Tag" anyLabel="Any tag" value={filter.tags[0]} choices={choices.tags} onChange={(v) => set({ tags: v ? [v] : [] })} />
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

/** One labelled select over counted choices ("Reuters (12)"); "" is the "any" option. */
function ChoiceSelect(props: {
  id: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  choices: readonly { value: string; count: number }[];
  show?: (value: string) => string;
  onChange: (value: string | null) => void;
}) {
  const { id, label, anyLabel, value, choices, show = (v) => v, onChange } = props;
  return (
    <div className="library-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ANY} onChange={(e) => onChange(e.target.value || null)}>
        <option value={ANY}>{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {show(c.value)} ({c.count})
          </option>
        ))}
      </select>
    </div>
  );
}
