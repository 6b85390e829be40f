import { describe, expect, it } from 'vitest';
import type { Note } from './annotation';
import { articleNoteOf, compareCreated, compareInText, hasNoteText, isEmptyNote, notesByHighlight } from './note-rules';

const note = (id: string, highlightId: string | null, createdAt: string, body = 'x'): Note => ({
  id, articleId: 'a1', highlightId, body, tags: [], createdAt, updatedAt: createdAt,
});

describe('the note rules', () => {
  it('joins each highlight with its first-written note', () => {
    const notes = [note('n2', 'h1', '2024-01-02T00:00:00.000Z'), note('n1', 'h1', '2024-01-01T00:00:00.000Z'), note('n3', 'h2', '2024-01-03T00:00:00.000Z'), note('n4', null, '2024-01-01T00:00:00.000Z')];
    const joined = notesByHighlight(notes);
    expect([...joined].map(([h, n]) => [h, n.id])).toEqual([['h1', 'n1'], ['h2', 'n3']]);
  });

  it('finds the article note, the oldest when there are several', () => {
    expect(articleNoteOf([note('n2', null, '2024-01-02T00:00:00.000Z'), note('n1', null, '2024-01-01T00:00:00.000Z'), note('n0', 'h1', '2023-01-01T00:00:00.000Z')])?.id).toBe('n1');
    expect(articleNoteOf([note('n0', 'h1', '2023-01-01T00:00:00.000Z')])).toBeNull();
  });

  it('orders by creation (id breaks ties) and by place in the text (outer first)', () => {
    const t = '2024-01-01T00:00:00.000Z';
    expect([note('b', null, t), note('a', null, t), note('c', null, '2023-01-01T00:00:00.000Z')].sort(compareCreated).map((n) => n.id)).toEqual(['c', 'a', 'b']);
    const ranges = [{ id: 'inner', start: 5, end: 8 }, { id: 'outer', start: 5, end: 20 }, { id: 'first', start: 0, end: 3 }, { id: 'twin', start: 5, end: 8 }];
    expect(ranges.sort(compareInText).map((r) => r.id)).toEqual(['first', 'outer', 'inner', 'twin']);
  });

  it('calls a note of whitespace, or no note, empty', () => {
    expect([isEmptyNote(null), isEmptyNote({ body: ' \n\t' }), isEmptyNote({ body: 'a' })]).toEqual([true, true, false]);
    expect([hasNoteText(null), hasNoteText({ body: ' ' }), hasNoteText({ body: 'a' })]).toEqual([false, false, true]);
  });
});
