import { useCallback, useMemo, useState } from 'react';
import type { NotebookItem } from './notebook-items';

export interface NotebookSelection {
  /** Selected item keys ("hl:<id>" / "note:<id>"). */
  keys: ReadonlySet<string>;
  toggle(key: string, on?: boolean): void;
  /** Selects all of `keys` (or, when they are all selected already, clears them). */
  toggleAll(keys: readonly string[]): void;
  clear(): void;
}

/** Which Notebook items the reader ticked; what an export of "selected" works from. */
export function useNotebookSelection(): NotebookSelection {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((key: string, on?: boolean) => {
    setKeys((prev) => {
      const next = new Set(prev);
      if (on ?? !prev.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const toggleAll = useCallback((all: readonly string[]) => {
    setKeys((prev) => {
      const next = new Set(prev);
      const every = all.length > 0 && all.every((k) => prev.has(k));
      for (const k of all) {
        if (every) next.delete(k);
        else next.add(k);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setKeys(new Set()), []);
  return useMemo(() => ({ keys, toggle, toggleAll, clear }), [keys, toggle, toggleAll, clear]);
}

/** What is selected, split the way an export wants it: highlight ids and article-note ids. */
export interface SelectedRecords {
  items: NotebookItem[];
  highlightIds: string[];
  /** Ids of selected article-level notes (a highlight's note comes with its highlight). */
  noteIds: string[];
}

export function selectedRecords(items: readonly NotebookItem[], keys: ReadonlySet<string>): SelectedRecords {
  const chosen = items.filter((i) => keys.has(i.key));
  return {
    items: chosen,
    highlightIds: chosen.flatMap((i) => (i.highlight ? [i.highlight.id] : [])),
    noteIds: chosen.flatMap((i) => (i.kind === 'article-note' && i.note ? [i.note.id] : [])),
  };
}
