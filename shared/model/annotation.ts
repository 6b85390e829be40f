/** Highlights, notes, tags and reading state: what the reader makes and Dexie stores. */

/** W3C Web Annotation TextQuoteSelector over articleText(). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector over articleText(): [start, end). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** How a highlight was placed on the current text when it was loaded. */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface Highlight {
  id: string;
  articleId: string;
  color: HighlightColor;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The article's contentHash when the highlight was made or last re-attached. */
  contentHash: string;
  tags: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Starts at 1 and grows by one on every write: a save made from an older revision is a conflict (see sync.ts). */
  revision: number;
}

/** A note on a highlight (highlightId set) or on a whole article (highlightId null). */
export interface Note {
  id: string;
  articleId: string;
  highlightId: string | null;
  /** Markdown, rendered safely (no raw HTML). */
  body: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** Starts at 1 and grows by one on every write (see sync.ts). */
  revision: number;
}

export interface Tag {
  /** Compared by tagKey() (case, accents and quote style ignored); the name is stored as first typed. See tag.ts. */
  name: string;
  createdAt: string;
}

export interface ReadingState {
  articleId: string;
  /** 0..1 of the scrollable height, so it survives font-size changes. */
  scrollFraction: number;
  updatedAt: string;
}
