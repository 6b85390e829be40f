import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../core/error-text';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

// Long enough that a fast typist does not write on every key, short enough that a crash loses little.
const SAVE_DELAY_MS = 600;

/**
 * Saves a text a moment after the reader stops typing, and at once on flush() (blur) and on unmount,
 * so closing a popover never drops the last words. The text lives in a ref, not state: a 100 KB note
 * would otherwise re-render its editor on every key.
 */
export function useAutosave(initial: string, save: (text: string) => Promise<unknown>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(initial);
  // null after a failed save: the stored text is unknown, so the next flush writes whatever is there.
  const saved = useRef<string | null>(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  const live = useRef(true);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const text = latest.current;
    if (text === saved.current) return;
    saved.current = text;
    if (live.current) setStatus({ kind: 'saving' });
    saveRef.current(text).then(
      () => {
        if (live.current) setStatus({ kind: 'saved' });
      },
      (e: unknown) => {
        saved.current = null;
        if (live.current) setStatus({ kind: 'error', message: describeError('Saving the note', e) });
      },
    );
  }, []);

  const change = useCallback(
    (text: string) => {
      latest.current = text;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      flush();
    };
  }, [flush]);

  return { status, change, flush, current: () => latest.current };
}
