import { useEffect, type RefObject } from 'react';

const VAR = '--reader-toolbar-height';

/**
 * Keeps --reader-toolbar-height equal to the sticky toolbar's height (plus a little air), so what a
 * jump, a link or Tab scrolls to lands below it (scroll-margin-top) and the sticky sidebar starts
 * under it, however many lines the toolbar wraps onto in a narrow window. Set through the CSSOM,
 * which the CSP allows.
 */
export function useToolbarHeight(toolbar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = toolbar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const set = () => root.style.setProperty(VAR, `${Math.ceil(el.getBoundingClientRect().height) + 8}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(VAR);
    };
  }, [toolbar]);
}
