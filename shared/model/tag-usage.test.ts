import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from './annotation';
import { planTagRename, tagUsage } from './tag-usage';

const T = '2024-01-01T00:00:00.000Z';
const NOW = '2024-05-05T00:00:00.000Z';
const hl = (id: string, articleId: string, tags: string[]): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  contentHash: '0'.repeat(16),
  tags,
  createdAt: T,
  updatedAt: T,
  revision: 1,
});
const note = (id: string, articleId: string, tags: string[]): Note => ({ id, articleId, highlightId: null, body: 'b', tags, createdAt: T, updatedAt: T, revision: 1 });
const records = {
  highlights: [hl('h1', 'a', ['Iran', 'C++']), hl('h2', 'b', ['iran']), hl('h3', 'b', ['Iraq'])],
  notes: [note('n1', 'a', ['IRAN', 'to read'])],
  tags: [
    { name: 'Iran', createdAt: T },
    { name: 'C++', createdAt: T },
    { name: 'unused', createdAt: T },
  ],
};

describe('tagUsage', () => {
  it('counts each tag as typed, by the tag rule, most used first', () => {
    expect(tagUsage(records)).toEqual([
      { name: 'Iran', highlights: 2, notes: 1, articles: 2 },
      { name: 'C++', highlights: 1, notes: 0, articles: 1 },
      { name: 'Iraq', highlights: 1, notes: 0, articles: 1 },
      { name: 'to read', highlights: 0, notes: 1, articles: 1 },
      { name: 'unused', highlights: 0, notes: 0, articles: 0 },
    ]);
  });
});

describe('planTagRename', () => {
  it('renames on every record, keeps the new name exactly as typed, and keeps what Undo needs', () => {
    const plan = planTagRename(records, 'C++', 'C plus plus', NOW);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.merges).toBe(false);
    expect(plan.value.highlights.map((h) => [h.id, h.tags, h.updatedAt])).toEqual([['h1', ['Iran', 'C plus plus'], NOW]]);
    expect(plan.value.deleteTags).toEqual(['C++']);
    expect(plan.value.putTag).toEqual({ name: 'C plus plus', createdAt: T });
    expect(plan.value.undo.highlights).toEqual([records.highlights[0]]);
  });

  it('merges into an existing tag, leaving one tag on each record', () => {
    const plan = planTagRename(records, 'Iraq', 'Iran', NOW);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.merges).toBe(true);
    const after = new Map(plan.value.highlights.map((h) => [h.id, h.tags]));
    expect(after.get('h3')).toEqual(['Iran']);
    expect(after.get('h2')).toEqual(['Iran']);
    expect(plan.value.notes.map((n) => n.tags)).toEqual([['Iran', 'to read']]);
  });

  it('refuses a bad name or an unknown tag, with a reason', () => {
    expect(planTagRename(records, 'Iran', '   ', NOW)).toMatchObject({ ok: false });
    expect(planTagRename(records, 'nope', 'x', NOW)).toEqual({ ok: false, error: 'There is no tag “nope”.' });
  });
});
