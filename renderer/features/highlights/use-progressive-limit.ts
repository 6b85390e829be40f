import { startTransition, useEffect, useState } from 'react';
import { FIRST_SLICE, initialLimit, isComplete, NEXT_SLICE, nextLimit } from './progressive-limit';

// Idle time first (after the article has painted), with a deadline so a busy page still fills the list.
const IDLE_DEADLINE_MS = 50;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_DEADLINE_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/**
 * How many of `total` items to render: the first slice at once, then a slice per idle moment as a
 * transition (so typing, scrolling or a click interrupts it), until all are rendered. See
 * progressive-limit.ts for why.
 */
export function useProgressiveLimit(total: number, first = FIRST_SLICE, step = NEXT_SLICE): number {
  const [limit, setLimit] = useState(() => initialLimit(total, first));
  const complete = isComplete(limit, total);
  useEffect(() => {
    if (complete) return;
    return whenIdle(() => startTransition(() => setLimit((l) => nextLimit(l, total, step))));
  }, [complete, limit, total, step]);
  return limit;
}
