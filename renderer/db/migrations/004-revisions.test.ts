import { describe, expect, it } from 'vitest';
import v3Highlights from './fixtures/003-highlights.json';
import v3Notes from './fixtures/003-notes.json';
import { mergeNotesV3toV4, stampHighlightV3toV4, type HighlightV3, type NoteV3 } from './004-revisions';

const NOW = '2024-04-01T00:00:00.000Z';

describe('migration 004: revisions, and one note per highlight or article', () => {
  it('stamps the first revision on a frozen v3 highlight, changing nothing else', () => {
    const [h] = v3Highlights as HighlightV3[];
    expect(stampHighlightV3toV4(h!)).toEqual({ ...h, revision: 1 });
  });

  it('merges two notes on one highlight into the earliest, keeping both texts in writing order and every tag', () => {
    const { notes, removed } = mergeNotesV3toV4(v3Notes as NoteV3[], NOW);
    expect(notes).toEqual([
      { ...(v3Notes[2] as NoteV3), revision: 1 },
      {
        id: 'note_v3_own',
        articleId: '000_8a7174939e31e350',
        highlightId: 'hl_v3a',
        body: 'My own note, written first.\n\n---\n\nFrom the old backup.',
        tags: ['iraq', 'timeline'],
        createdAt: '2024-03-01T10:05:00.000Z',
        updatedAt: NOW,
        revision: 2,
      },
    ]);
    expect(removed).toEqual([{ id: 'note_v3_restored', kind: 'note', revision: 1, deletedAt: NOW }]);
  });

  it('leaves single notes as they were, with revision 1, and an empty table empty', () => {
    const one = v3Notes[2] as NoteV3;
    expect(mergeNotesV3toV4([one], NOW)).toEqual({ notes: [{ ...one, revision: 1 }], removed: [] });
    expect(mergeNotesV3toV4([], NOW)).toEqual({ notes: [], removed: [] });
  });
});
