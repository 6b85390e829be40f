import { describe, expect, it } from 'vitest';
import { describeScope, layoutChoices, summaryLine } from './export-labels';

describe('export labels', () => {
  it('names each scope', () => {
    expect(describeScope({ kind: 'article', articleId: 'a' })).toBe('This article');
    expect(describeScope({ kind: 'highlights', highlightIds: ['x'] })).toBe('Selected (1 highlight)');
    expect(describeScope({ kind: 'highlights', highlightIds: ['x', 'y'] })).toBe('Selected (2 highlights)');
    expect(describeScope({ kind: 'highlights', highlightIds: [], noteIds: ['n'] })).toBe('Selected (0 highlights, 1 article note)');
    expect(describeScope({ kind: 'all' })).toBe('All notes');
  });

  it('summarises counts with singular and plural', () => {
    expect(summaryLine({ articles: 0, highlights: 0, notes: 0 })).toBe('nothing to export yet.');
    expect(summaryLine({ articles: 1, highlights: 1, notes: 2 })).toBe('1 highlight and 2 notes in 1 article.');
  });

  it('words the folder layout for the host', () => {
    expect(layoutChoices('browser')[1]!.label).toMatch(/download/);
    expect(layoutChoices('electron')[1]!.label).toMatch(/folder/);
  });
});
