import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../shared/anchoring';
import { notesByHighlight, type Highlight, type Note } from '../../../shared/model';
import { hash64 } from '../../../shared/text';
import { placeHighlights, placementLabel } from './place-highlights';

const text = 'The protesters blocked the roads.\n\nThe regime answered with force, and the protesters stayed.';
const hash = hash64(text);

function hl(id: string, start: number, end: number, over = text, createdAt = '2024-01-01T00:00:00.000Z'): Highlight {
  const sel = describeRange(over, start, end);
  return { id, articleId: 'a', color: 'yellow', ...sel, contentHash: hash64(over), tags: [], createdAt, updatedAt: createdAt, revision: 1 };
}

function note(id: string, highlightId: string | null, createdAt: string, body = id): Note {
  return { id, articleId: 'a', highlightId, body, tags: [], createdAt, updatedAt: createdAt, revision: 1 };
}

describe('placeHighlights', () => {
  it('sorts placed highlights in document order, outer before inner at the same start', () => {
    const inner = hl('inner', 4, 14);
    const outer = hl('outer', 4, 33);
    const later = hl('later', 35, 45);
    const { placed } = placeHighlights(text, hash, [later, inner, outer], []);
    expect(placed.map((p) => p.highlight.id)).toEqual(['outer', 'inner', 'later']);
    expect(placed.map((p) => text.slice(p.start, p.end))).toEqual([
      'protesters blocked the roads.',
      'protesters',
      'The regime',
    ]);
    expect(placed.every((p) => p.status === 'exact')).toBe(true);
  });

  it('reports a highlight whose text moved, and one whose text is gone as unplaced', () => {
    const original = 'Intro.\n\n' + text;
    const moved = hl('moved', 8 + 35, 8 + 45, original); // "The regime" before the intro was removed
    const gone = hl('gone', 0, 6, original); // "Intro."
    const { placed, unplaced } = placeHighlights(text, hash, [moved, gone], []);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ status: 'moved', start: 35, end: 45 });
    expect(unplaced.map((u) => u.highlight.id)).toEqual(['gone']);
  });

  it('joins each highlight with its note and finds the article note', () => {
    const h = hl('h1', 4, 14);
    const notes = [note('n-article', null, '2024-01-02T00:00:00.000Z'), note('n1', 'h1', '2024-01-03T00:00:00.000Z')];
    const result = placeHighlights(text, hash, [h], notes);
    expect(result.placed[0]!.note?.id).toBe('n1');
    expect(result.articleNote?.id).toBe('n-article');
  });
});

describe('placementLabel', () => {
  it('says nothing for an exact placement and names the other two (issue 12: "exact" on every card)', () => {
    expect(placementLabel('exact')).toBeNull();
    expect(placementLabel('moved')).toMatch(/moved/i);
    expect(placementLabel('fuzzy')).toMatch(/changed/i);
  });
});

describe('notesByHighlight', () => {
  it('keeps the first note written on a highlight', () => {
    const map = notesByHighlight([note('second', 'h', '2024-02-01T00:00:00.000Z'), note('first', 'h', '2024-01-01T00:00:00.000Z')]);
    expect(map.get('h')?.id).toBe('first');
  });
});
