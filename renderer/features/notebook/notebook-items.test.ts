import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../../shared/model';
import { buildNotebookItems, EMPTY_FILTER, filterNotebook, localDay, tagsIn } from './notebook-items';

function hl(id: string, articleId: string, exact: string, createdAt: string, extra: Partial<Highlight> = {}): Highlight {
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    contentHash: 'h',
    tags: [],
    createdAt,
    updatedAt: createdAt,
    revision: 1,
    ...extra,
  };
}

function note(id: string, articleId: string, highlightId: string | null, body: string, createdAt: string, tags: string[] = []): Note {
  return { id, articleId, highlightId, body, tags, createdAt, updatedAt: createdAt, revision: 1 };
}

const titles = new Map([
  ['a', 'How Iran’s regime failed'],
  ['b', 'Another article'],
]);
const highlights = [
  hl('h1', 'a', 'the protesters blocked the main roads', '2024-03-01T12:00:00.000Z', { tags: ['Iraq'] }),
  hl('h2', 'a', 'Kata’ib Hezbollah', '2024-03-05T12:00:00.000Z', { color: 'pink' }),
  hl('h3', 'b', 'a new leap', '2024-03-10T12:00:00.000Z', { tags: ['protests'] }),
];
const notes = [
  note('n1', 'a', 'h1', 'Civil **disobedience** began on Monday.', '2024-03-02T12:00:00.000Z', ['iraq', 'tactics']),
  note('n2', 'b', null, 'Whole-article thoughts on Soleimani.', '2024-03-11T12:00:00.000Z', ['Soleimani']),
];
const items = buildNotebookItems(highlights, notes, titles);

describe('buildNotebookItems', () => {
  it('makes one item per highlight (with its note) and per article note, newest first', () => {
    expect(items.map((i) => i.key)).toEqual(['note:n2', 'hl:h3', 'hl:h2', 'hl:h1']);
    const h1 = items.find((i) => i.key === 'hl:h1')!;
    expect(h1.note?.id).toBe('n1');
    expect(h1.tags).toEqual(['Iraq', 'tactics']);
    expect(h1.articleTitle).toBe('How Iran’s regime failed');
  });

  it('names an article missing from the library', () => {
    const [orphan] = buildNotebookItems([hl('x', 'gone', 'q', '2024-01-01T00:00:00.000Z')], [], titles);
    expect(orphan!.articleTitle).toBe('Article no longer in the library');
  });
});

describe('filterNotebook', () => {
  const keys = (f: Partial<typeof EMPTY_FILTER>) => filterNotebook(items, { ...EMPTY_FILTER, ...f }).map((i) => i.key);

  it('searches quote, note and tags, folded, every term required', () => {
    expect(keys({ text: 'DISOBEDIENCE' })).toEqual(['hl:h1']);
    expect(keys({ text: "kata'ib" })).toEqual(['hl:h2']);
    expect(keys({ text: 'tactics roads' })).toEqual(['hl:h1']);
    expect(keys({ text: 'tactics leap' })).toEqual([]);
    expect(keys({ text: 'soleimani' })).toEqual(['note:n2']);
  });

  it('filters by article, colour and tag (case-insensitive)', () => {
    expect(keys({ articleId: 'b' })).toEqual(['note:n2', 'hl:h3']);
    expect(keys({ color: 'pink' })).toEqual(['hl:h2']);
    expect(keys({ tag: 'IRAQ' })).toEqual(['hl:h1']);
  });

  it('treats tags that differ in accents or quote style as one tag, as the store does', () => {
    const cafe = buildNotebookItems(
      [hl('c1', 'a', 'coffee', '2024-03-01T12:00:00.000Z', { tags: ['Café', 'Kata’ib'] })],
      [note('cn', 'a', 'c1', 'x', '2024-03-01T12:00:00.000Z', ['cafe', "kata'ib"])],
      titles,
    );
    expect(cafe[0]!.tags).toEqual(['Café', 'Kata’ib']);
    expect(filterNotebook(cafe, { ...EMPTY_FILTER, tag: 'CAFE' })).toHaveLength(1);
    expect(tagsIn(cafe)).toEqual(['Café', 'Kata’ib']);
  });

  it('filters by an inclusive date range', () => {
    expect(keys({ from: localDay('2024-03-05T12:00:00.000Z'), to: localDay('2024-03-10T12:00:00.000Z') })).toEqual(['hl:h3', 'hl:h2']);
    expect(keys({ to: localDay('2024-03-01T12:00:00.000Z') })).toEqual(['hl:h1']);
  });

  it('returns everything for the empty filter', () => {
    expect(keys({})).toHaveLength(4);
  });
});

describe('tagsIn', () => {
  it('lists distinct tags alphabetically', () => {
    expect(tagsIn(items)).toEqual(['Iraq', 'protests', 'Soleimani', 'tactics']);
  });
});
