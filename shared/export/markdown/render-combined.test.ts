import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderCombinedMarkdown } from './render-combined';
import { readBlockQuotes, readHeadings } from '../test-support/read-markdown';
import { article, highlights, notes } from '../test-support/fixtures';

const other = { ...article, id: 'other_1', title: 'Second: a "quoted" title' };
const items = [
  { article, highlights, notes },
  { article: other, highlights: highlights.map((h) => ({ ...h, id: `${h.id}x`, articleId: other.id, tags: ['Second'] })), notes: [] },
];

describe('renderCombinedMarkdown', () => {
  it('writes one front matter listing the articles, and one H1 section per article', () => {
    const md = renderCombinedMarkdown(items, { template: 'default' });
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]!) as Record<string, unknown>;
    expect(fm.title).toBe('Gloss notes');
    expect(fm.articles).toEqual([
      { title: article.title, gloss: article.id, citekey: 'pmoimek2020iran' },
      { title: other.title, gloss: other.id, citekey: 'pmoimek2020second' },
    ]);
    // The articles' own tags as typed; highlight tags stay on their highlights.
    expect(fm.tags).toEqual(['to read']);
    expect(fm.exported).toBeUndefined();
    expect(fm.updated).toBe('2024-03-01T10:00:00.000Z');
    expect(md.match(/^---$/gm)).toHaveLength(2);
    expect(readHeadings(md, 1)).toEqual([article.title, other.title]);
    expect(readBlockQuotes(md)).toHaveLength(4);
    expect(md.match(/^\^hl-/gm)).toHaveLength(4);
  });

  it('plain: no front matter at all', () => {
    const md = renderCombinedMarkdown(items, { template: 'plain' });
    expect(md.startsWith(`# ${article.title}\n`)).toBe(true);
    expect(readHeadings(md, 1)).toHaveLength(2);
  });
});
