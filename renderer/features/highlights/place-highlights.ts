/**
 * Where each stored highlight lands on the article as it is now: anchorAll() from shared/anchoring
 * decides, this only joins each highlight with its note and sorts for the views (both by
 * shared/model's note rules). Pure, so the sidebar's order and the orphan list are tested without a DOM.
 */
import { anchorAll } from '../../../shared/anchoring';
import { articleNoteOf, compareCreated, compareInText, notesByHighlight, type Highlight, type Note } from '../../../shared/model';

export type PlacementStatus = 'exact' | 'moved' | 'fuzzy';

export interface PlacedHighlight {
  highlight: Highlight;
  note: Note | null;
  status: PlacementStatus;
  /** Offsets in articleText() as it is now (may differ from highlight.position after an edit). */
  start: number;
  end: number;
}

export interface UnplacedHighlight {
  highlight: Highlight;
  note: Note | null;
}

export interface Placement {
  /** Document order: by start, then the longer (outer) one first, then id, so ties are stable. */
  placed: PlacedHighlight[];
  /** Orphans in the order they were made: never deleted, shown in the "Unplaced" list. */
  unplaced: UnplacedHighlight[];
  /** The note on the whole article, if there is one. */
  articleNote: Note | null;
}

/** Document order of placed highlights (compareInText over where they landed). */
export function comparePlaced(a: { start: number; end: number; highlight: { id: string } }, b: typeof a): number {
  return compareInText({ id: a.highlight.id, start: a.start, end: a.end }, { id: b.highlight.id, start: b.start, end: b.end });
}

/** Where the highlights land, without their notes: placed ones in document order, orphans oldest first. */
export interface Anchored {
  placed: Omit<PlacedHighlight, 'note'>[];
  unplaced: Highlight[];
}

/** The anchoring half of placeHighlights: what only the highlights decide (the store redoes it only when they change). */
export function anchorHighlights(text: string, contentHash: string, highlights: readonly Highlight[]): Anchored {
  const anchors = anchorAll(text, highlights, contentHash);
  const placed: Omit<PlacedHighlight, 'note'>[] = [];
  const unplaced: Highlight[] = [];
  for (const highlight of highlights) {
    const result = anchors.get(highlight.id);
    if (!result || result.status === 'orphan') unplaced.push(highlight);
    else placed.push({ highlight, status: result.status, start: result.start, end: result.end });
  }
  placed.sort(comparePlaced);
  unplaced.sort(compareCreated);
  return { placed, unplaced };
}

export function placeHighlights(
  text: string,
  contentHash: string,
  highlights: readonly Highlight[],
  notes: readonly Note[],
): Placement {
  const { placed, unplaced } = anchorHighlights(text, contentHash, highlights);
  const noteOf = notesByHighlight(notes);
  return {
    placed: placed.map((p) => ({ ...p, note: noteOf.get(p.highlight.id) ?? null })),
    unplaced: unplaced.map((highlight) => ({ highlight, note: noteOf.get(highlight.id) ?? null })),
    articleNote: articleNoteOf(notes),
  };
}

/**
 * A word for how a highlight was placed, for the sidebar's badge; null when it was placed exactly,
 * the usual case, which needs no badge (a word on every card is one nobody reads).
 */
export function placementLabel(status: PlacementStatus): string | null {
  switch (status) {
    case 'exact':
      return null;
    case 'moved':
      return 'Text moved: placed where the quote now is';
    case 'fuzzy':
      return 'Text changed: placed on the closest match';
  }
}
