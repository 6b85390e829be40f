/**
 * A page's choices (the Notebook's grouping, sort and filters) kept while the app runs, so leaving
 * the page and coming back (Back from an article opened there) shows the same list: view-memory.ts
 * keeps where it was scrolled, this keeps what it was showing, so that place still means something.
 * In memory only, like view-memory: a reload starts afresh.
 *
 * Each key belongs to one caller, which always stores the same type under it; `initial` is both the
 * first value and that type's witness.
 */
import { useCallback, useState } from 'react';

const choices = new Map<string, unknown>();

export function recallChoice<T>(key: string, initial: T): T {
  return choices.has(key) ? (choices.get(key) as T) : initial;
}

export function rememberChoice<T>(key: string, value: T): void {
  choices.set(key, value);
}

/** useState whose value outlives the component: the next mount under the same key starts from it. */
export function useViewChoice<T>(key: string, initial: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => recallChoice(key, initial));
  const set = useCallback(
    (next: T) => {
      rememberChoice(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
