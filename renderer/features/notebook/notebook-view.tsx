import { useCallback, useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { useViewChoice } from '../../core/view-choices';
import { useAllHighlights, useAllNotes } from '../../db';
import type { EditState } from './notebook-entry';
import { NotebookFilters } from './notebook-filters';
import { buildNotebookItems, EMPTY_FILTER, filterNotebook, isFiltered, tagsIn, type NotebookFilter } from './notebook-items';
import { NotebookList } from './notebook-list';
import {
  isNotebookGrouping,
  isNotebookSort,
  NOTEBOOK_GROUPINGS,
  NOTEBOOK_SORTS,
  notebookRows,
  type NotebookGrouping,
  type NotebookSort,
} from './notebook-order';
import './notebook.css';
import { selectedRecords, useNotebookSelection, type SelectedRecords } from './use-notebook-selection';

export interface NotebookViewProps {
  /** Extra actions over the selection (the export feature adds "Export selected"). */
  renderActions?: (selected: SelectedRecords) => ReactNode;
}

/**
 * Every highlight and note across the library, searchable, filterable, grouped (by article or tag)
 * and sorted; each opens its passage and its note is edited in place. What it shows is kept while the
 * app runs (core/view-choices.ts), so Back from an article returns to the same list.
 */
export function NotebookView({ renderActions }: NotebookViewProps) {
  const { articles, removed } = useCorpus();
  const highlights = useAllHighlights();
  const notes = useAllNotes();
  const [filter, setFilter] = useViewChoice<NotebookFilter>('notebook.filter', EMPTY_FILTER);
  const [grouping, setGrouping] = useViewChoice<NotebookGrouping>('notebook.grouping', 'article');
  const [sort, setSort] = useViewChoice<NotebookSort>('notebook.sort', 'newest');
  const [editing, setEditing] = useState<ReadonlyMap<string, EditState>>(() => new Map());
  const onEdit = useCallback((rowKey: string, state: EditState) => {
    setEditing((prev) => {
      const next = new Map(prev);
      if (state === null) next.delete(rowKey);
      else next.set(rowKey, state);
      return next;
    });
  }, []);
  const id = useId();
  // Typing stays responsive while a large notebook is filtered behind it.
  const deferredFilter = useDeferredValue(filter);
  const selection = useNotebookSelection();

  const titles = useMemo(
    () => new Map([...removed.map((a): [string, string] => [a.id, `${a.title} (removed from the library; unplaced)`]), ...articles.map((a): [string, string] => [a.id, a.title])]),
    [articles, removed],
  );
  const items = useMemo(
    () => (highlights && notes ? buildNotebookItems(highlights, notes, titles) : undefined),
    [highlights, notes, titles],
  );
  const shown = useMemo(() => (items ? filterNotebook(items, deferredFilter) : []), [items, deferredFilter]);
  const rows = useMemo(() => notebookRows(shown, grouping, sort), [shown, grouping, sort]);
  const tags = useMemo(() => tagsIn(items ?? []), [items]);
  const annotated = useMemo(() => {
    const ids = new Set((items ?? []).map((i) => i.articleId));
    return articles.filter((a) => ids.has(a.id));
  }, [items, articles]);
  const selected = useMemo(() => selectedRecords(items ?? [], selection.keys), [items, selection.keys]);
  const shownKeys = shown.map((i) => i.key);
  // "Clear selection" and "Clear filters" vanish once used: focus goes to the control they reset.
  const selectAll = useRef<HTMLInputElement>(null);
  const filters = useRef<HTMLDivElement>(null);
  const allShownSelected = shownKeys.length > 0 && shownKeys.every((k) => selection.keys.has(k));

  return (
    <main id={MAIN_ID} tabIndex={-1} className="notebook">
      <div className="notebook-heading">
        <h1>Notebook</h1>
        {items && (
          <p className="notebook-count" role="status">
            {isFiltered(filter) ? `${shown.length} of ${items.length}` : items.length} {items.length === 1 ? 'item' : 'items'}
          </p>
        )}
      </div>
      {items === undefined ? (
        <p role="status">Loading your highlights and notes…</p>
      ) : items.length === 0 ? (
        <p>
          Nothing here yet. Open an article from the <a href="#/">library</a>, select a passage and choose Highlight.
        </p>
      ) : (
        <>
          <div ref={filters}>
            <NotebookFilters filter={filter} onChange={setFilter} articles={annotated} tags={tags} />
          </div>
          <div className="notebook-arrange">
            <label htmlFor={`${id}-group`}>
              Group by
              <select
                id={`${id}-group`}
                value={grouping}
                onChange={(e) => {
                  if (isNotebookGrouping(e.currentTarget.value)) setGrouping(e.currentTarget.value);
                }}
              >
                {NOTEBOOK_GROUPINGS.map((g) => (
                  <option key={g.value} value={g.value}>
                    {g.label}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={`${id}-sort`}>
              Sort by
              <select
                id={`${id}-sort`}
                value={sort}
                onChange={(e) => {
                  if (isNotebookSort(e.currentTarget.value)) setSort(e.currentTarget.value);
                }}
              >
                {NOTEBOOK_SORTS.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="notebook-actions">
            <label>
              <input
                ref={selectAll}
                type="checkbox"
                checked={allShownSelected}
                onChange={() => selection.toggleAll(shownKeys)}
                disabled={shownKeys.length === 0}
              />
              Select all shown
            </label>
            <span className="notebook-selected-count" role="status">
              {selected.items.length} selected
            </span>
            {selected.items.length > 0 && (
              <button
                type="button"
                onClick={() => {
                  selection.clear();
                  selectAll.current?.focus();
                }}
              >
                Clear selection
              </button>
            )}
            {renderActions?.(selected)}
            {isFiltered(filter) && (
              <button
                type="button"
                onClick={() => {
                  setFilter(EMPTY_FILTER);
                  filters.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
                }}
              >
                Clear filters
              </button>
            )}
          </div>
          {shown.length === 0 ? (
            <p>No highlights or notes match. Try fewer words or clear a filter.</p>
          ) : (
            <NotebookList rows={rows} selected={selection.keys} onToggle={selection.toggle} editing={editing} onEdit={onEdit} />
          )}
        </>
      )}
    </main>
  );
}
