import type { TocEntry } from './toc-entries';
import { ToolbarDisclosure } from './toolbar-disclosure';

export interface TableOfContentsProps {
  entries: readonly TocEntry[];
  /** The entry being read (-1 before the first heading). */
  current: number;
  /** Scrolls to a section and puts focus on its heading. */
  onJump: (entry: TocEntry | null) => void;
}

/**
 * The article's sections, one toolbar button away: "Contents" opens a labelled navigation list, with
 * focus at the section being read (aria-current="location"). A section is a button, not a #fragment
 * link, because the hash is the app's route. Choosing one goes there (an ordinary scroll, so the
 * reading position saves it like any other) and focus follows to its heading.
 */
export function TableOfContents({ entries, current, onJump }: TableOfContentsProps) {
  if (entries.length === 0) return null;
  return (
    <ToolbarDisclosure label="Contents" className="toc" focusFirst={['[aria-current]', 'button']}>
      {(close) => {
        const jump = (entry: TocEntry | null) => {
          close();
          onJump(entry);
        };
        return (
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
        );
      }}
    </ToolbarDisclosure>
  );
}
