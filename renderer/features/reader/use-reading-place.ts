import { useEffect, useState } from 'react';
import { currentScrollFraction } from './use-scroll-memory';
import { currentEntryBy, type TocEntry } from './toc-entries';

export interface ReadingPlace {
  /** How far through the article the window is: the very fraction the reading position saves. */
  fraction: number;
  /** The table-of-contents entry being read, or -1 before the first heading. */
  section: number;
}

/** The reading line: just below the sticky header and toolbar, where the text being read starts. */
function readingLine(): number {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  const toolbar = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
  return Math.max(header, toolbar) + 24;
}

/** Where the reader is, updated once a frame at most while the page scrolls or resizes. */
export function useReadingPlace(body: HTMLElement | null, entries: readonly TocEntry[]): ReadingPlace {
  const [place, setPlace] = useState<ReadingPlace>({ fraction: 0, section: -1 });
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      // One query for the rendered headings (article-view renders them as h2), not one per entry, and
      // only the tops the binary search asks for: this runs on every frame the article grew.
      const headings = new Map<number, Element>();
      for (const el of body?.querySelectorAll('h2[data-block-start]') ?? []) headings.set(Number(el.getAttribute('data-block-start')), el);
      const topOf = (i: number) => headings.get(entries[i]!.start)?.getBoundingClientRect().top ?? Infinity;
      const next = { fraction: currentScrollFraction(), section: body ? currentEntryBy(entries.length, topOf, readingLine()) : -1 };
      setPlace((p) => (p.fraction === next.fraction && p.section === next.section ? p : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // The page grows as the sidebar's highlights and the restored position arrive.
    const grown = typeof ResizeObserver === 'undefined' || !body ? null : new ResizeObserver(schedule);
    if (body) grown?.observe(body);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      grown?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [body, entries]);
  return place;
}
