import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { renderArticleMarkdown } from './render-article';
import { readBlockQuotes, readHeadings, readLinks } from '../test-support/read-markdown';
import { article, highlightOf, highlights, noteOf, notes } from '../test-support/fixtures';
import { authorText } from '../test-support/arbitraries';
import type { Article } from '../../model';

const exportedAt = '2024-03-02T09:30:00.000Z';

function splitFrontMatter(md: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error('no front matter');
  return { yaml: m[1]!, body: m[2]! };
}

describe('renderArticleMarkdown (default)', () => {
  const md = renderArticleMarkdown({ article, highlights, notes, exportedAt, template: 'default' });

  it('writes front matter that parses back to the article fields', () => {
    const fm = parse(splitFrontMatter(md).yaml) as Record<string, unknown>;
    expect(fm).toEqual({
      title: article.title,
      source: 'PMOI/MEK',
      byline: 'Analysis by PMOI/MEK',
      kind: 'analysis',
      published: '2020-01-21',
      tags: ['Iran', 'Iraq-protests', 'strategy', 'timeline', 'to-read'],
      gloss: article.id,
      exported: exportedAt,
    });
  });

  it('carries the provenance a web page stated (site, address, language) into the front matter', () => {
    const page = { ...article, siteName: 'The Valley Courier', canonicalUrl: 'https://courier.example/a', language: 'en-GB' };
    const fm = parse(splitFrontMatter(renderArticleMarkdown({ article: page, highlights, notes, exportedAt, template: 'default' })).yaml) as Record<string, unknown>;
    expect(fm).toMatchObject({ site: 'The Valley Courier', url: 'https://courier.example/a', language: 'en-GB' });
  });

  it('puts the quotes in document order, multi-paragraph quotes in one block quote', () => {
    const quotes = readBlockQuotes(md);
    expect(quotes.map((q) => q.text)).toEqual([highlights[1]!.quote.exact, highlights[0]!.quote.exact]);
    expect(quotes.every((q) => q.foreign.length === 0)).toBe(true);
    expect(md).toContain('> demonstrations against the corrupt ruling system in Iraq have taken a new leap.\n>\n> Protesters in Najaf');
  });

  it('has title, provenance, notes as written, tags, deep links and block ids', () => {
    expect(readHeadings(md, 1)).toEqual([article.title]);
    expect(md).toContain('\n\nAnalysis by PMOI/MEK · Iraq · 2020-01-21\n\n');
    expect(md).toContain('Read alongside the **December 27** attack coverage.');
    expect(md).toContain('yellow · #Iran #Iraq-protests #timeline\n\nEscalation after the *ultimatum* expired.\n\n- check dates');
    expect(md).toContain('blue · #strategy');
    expect(readLinks(md)).toEqual([
      'gloss://article/000_8a7174939e31e350',
      'gloss://article/000_8a7174939e31e350#highlight=hl_a1',
      'gloss://article/000_8a7174939e31e350#highlight=hl_b2',
    ]);
    expect(md.match(/^\^[a-z0-9-]+$/gm)).toEqual(['^hl-a1', '^hl-b2']);
  });

  it('is the same text when rendered twice (stable for re-export)', () => {
    expect(renderArticleMarkdown({ article, highlights: [...highlights].reverse(), notes, exportedAt, template: 'default' })).toBe(md);
  });

  it('keeps a note whose highlight is gone, as an article note', () => {
    const out = renderArticleMarkdown({ article, highlights: [], notes: [noteOf('n9', 'hl_gone', 'Still here.')], exportedAt, template: 'default' });
    expect(out).toContain('\n\nStill here.\n');
    expect(out).not.toContain('## Highlights');
  });
});

describe('renderArticleMarkdown (callout and plain)', () => {
  it('callout: each quote is a [!quote] callout titled with its colour', () => {
    const md = renderArticleMarkdown({ article, highlights, notes, exportedAt, template: 'callout' });
    expect(md).toContain('> [!quote] yellow\n> demonstrations against');
    const quotes = readBlockQuotes(md);
    expect(quotes.map((q) => q.text)).toEqual([`[!quote] yellow\n${highlights[1]!.quote.exact}`, `[!quote] blue\n${highlights[0]!.quote.exact}`]);
  });

  it('plain: no front matter, no links, no block ids', () => {
    const md = renderArticleMarkdown({ article, highlights, notes, exportedAt, template: 'plain' });
    expect(md.startsWith('# How Iran’s regime')).toBe(true);
    expect(readLinks(md)).toEqual([]);
    expect(md).not.toMatch(/^\^/m);
    expect(readBlockQuotes(md).map((q) => q.text)).toEqual([highlights[1]!.quote.exact, highlights[0]!.quote.exact]);
  });
});

describe('exactness under random input', () => {
  it('any quote reads back exactly from every template', () => {
    fc.assert(
      fc.property(fc.array(authorText.filter((s) => s.length > 0), { minLength: 1, maxLength: 4 }), fc.constantFrom('default', 'callout', 'plain' as const), (quotes, template) => {
        const hs = quotes.map((exact, i) => ({ ...highlightOf(`hl_${i}`, 'Iraq', 'green'), quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: i * 10, end: i * 10 + exact.length } }));
        const md = renderArticleMarkdown({ article, highlights: hs, notes: [], exportedAt, template });
        const read = readBlockQuotes(md);
        expect(read.map((q) => q.foreign)).toEqual(quotes.map(() => []));
        expect(read.map((q) => q.text)).toEqual(quotes.map((q) => (template === 'callout' ? `[!quote] green\n${q}` : q)));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['colon', 'Iraq: the protests'],
    ['quotes', '"Quoted" and \'single\''],
    ['hash', '#1 reason # not a comment'],
    ['leading dash', '- a list? no'],
    ['yaml-ish', 'yes'],
    ['number', '2020'],
    ['multi-line', 'Line one\n---\nline two'],
  ])('title with %s round-trips through front matter and heading', (_n, title) => {
    const md = renderArticleMarkdown({ article: { ...article, title }, highlights, notes, exportedAt, template: 'default' });
    expect((parse(splitFrontMatter(md).yaml) as { title: unknown }).title).toBe(title);
    expect(readHeadings(md, 1)).toEqual([title.replace(/\s+/g, ' ')]);
  });

  it('random titles, bylines and sources round-trip through the front matter', () => {
    fc.assert(
      fc.property(authorText, fc.option(authorText, { nil: null }), fc.option(authorText, { nil: null }), (title, byline, source) => {
        const a: Article = { ...article, title, byline, source };
        const md = renderArticleMarkdown({ article: a, highlights, notes, exportedAt, template: 'default' });
        const fm = parse(splitFrontMatter(md).yaml) as Record<string, unknown>;
        expect(fm.title).toBe(title);
        expect(fm.byline).toBe(byline ?? undefined);
        expect(fm.source).toBe(source ?? undefined);
        expect(fm.gloss).toBe(article.id);
      }),
      { numRuns: 300 },
    );
  });
});
