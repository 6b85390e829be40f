import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TocEntry } from './toc-entries';

export interface TableOfContentsProps {
  entries: readonly TocEntry[];
  /** The entry being read (-1 before the first heading). */
  current: number;
  /** Scrolls to a section and puts focus on its heading. */
  onJump: (entry: TocEntry | null) => void;
}

/**
 * The article's sections, one toolbar button away: "Contents" opens a labelled navigation list; a
 * section is a button, not a #fragment link, because the hash is the app's route. Choosing one goes
 * there (the move is an ordinary scroll, so the reading position saves it like any other) and focus
 * follows to its heading. Escape, or focus leaving the list, closes it; Escape gives focus back to
 * the button.
 */
export function TableOfContents({ entries, current, onJump }: TableOfContentsProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  if (entries.length === 0) return null;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus({ preventScroll: true });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // The innermost thing first: the reader's Escape (Back) must not also run.
    e.stopPropagation();
    e.preventDefault();
    close(true);
  };
  const onBlur = (e: FocusEvent) => {
    const to = e.relatedTarget;
    if (to instanceof Node && (panel.current?.contains(to) || button.current?.contains(to))) return;
    close(false);
  };
  const jump = (entry: TocEntry | null) => {
    setOpen(false);
    onJump(entry);
  };

  return (
    <div className="toc" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="toc-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          // Into the list at once, at the section being read, so arrows are not needed to get there.
          requestAnimationFrame(() => {
            const list = panel.current;
            (list?.querySelector<HTMLElement>('[aria-current]') ?? list?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
          });
        }}
      >
        Contents
      </button>
      <div ref={panel} id={panelId} className="toc-panel" hidden={!open}>
        <nav aria-label="Contents">
          <ol>
            <li>
              <button type="button" onClick={() => jump(null)} aria-current={current === -1 ? 'location' : undefined}>
                Beginning
              </button>
            </li>
            {entries.map((entry, i) => (
              <li key={entry.start}>
                <button type="button" dir="auto" onClick={() => jump(entry)} aria-current={i === current ? 'location' : undefined}>
                  {entry.text}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </div>
  );
}
