import { useEffect, useState } from 'react';
import { describeError } from '../../core/error-text';
import { getReadingState, saveReadingState, useDb } from '../../db';
import { fromScrollFraction, toScrollFraction } from '../../dom/scroll-fraction';
import { throttle } from '../../dom/throttle';

// Often enough that a reload loses at most a flick of the wheel; rare enough to leave IndexedDB idle.
export const SAVE_SCROLL_EVERY_MS = 400;

/** How far the window is through the page: what is saved as the reading position (and shown as progress). */
export function currentScrollFraction(): number {
  const el = document.documentElement;
  return toScrollFraction(window.scrollY, el.scrollHeight, window.innerHeight);
}

/**
 * Restores the article's saved reading position (unless `restore` is false, e.g. when opening at a
 * search match) once `ready` (every block rendered) and saves it as the reader scrolls, throttled, with a final save on leaving.
 * Answers the first failed save as a message for the reader (null while saving works): said once,
 * not on every scroll.
 */
export function useScrollMemory(articleId: string, restore: boolean, ready = true): string | null {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Not before the whole article is in the page: a fraction of a part of it is the wrong place.
    if (!ready) return;
    let live = true;
    const save = throttle((fraction: number) => {
      saveReadingState(db, articleId, fraction).then(
        () => {
          if (live) setError(null);
        },
        (e: unknown) => {
          if (live) setError((prev) => prev ?? describeError('Saving your reading position', e));
        },
      );
    }, SAVE_SCROLL_EVERY_MS);
    const onScroll = () => save(currentScrollFraction());

    const start = async () => {
      if (restore) {
        const state = await getReadingState(db, articleId).catch(() => undefined);
        if (!live) return;
        const el = document.documentElement;
        window.scrollTo({ top: fromScrollFraction(state?.scrollFraction ?? 0, el.scrollHeight, window.innerHeight), behavior: 'instant' });
      }
      window.addEventListener('scroll', onScroll, { passive: true });
      window.addEventListener('pagehide', save.flush);
    };
    void start();

    return () => {
      live = false;
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save.flush);
      save.flush();
    };
  }, [db, articleId, restore, ready]);
  return error;
}
