import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { exportTagChanges, renderArticleMarkdown } from './render-article';
import { readBlockQuotes, readHeadings, readLinks } from '../test-support/read-markdown';
import { article, highlightOf, highlights, noteOf, notes } from '../test-support/fixtures';
import { authorText } from '../test-support/arbitraries';
import type { Article } from '../../model';


function splitFrontMatter(md: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error('no front matter');
  return { yaml: m[1]!, body: m[2]! };
}

/** The file without its front matter (a Markdown parser reads "---" after a line as a heading). */
const bodyOf = (md: string): string => md.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('renderArticleMarkdown (default)', () => {
  const md = renderArticleMarkdown({ article, highlights, notes, template: 'default' });

  it('writes front matter that parses back to the article fields, with author and citation key', () => {
    const fm = parse(splitFrontMatter(md).yaml) as Record<string, unknown>;
    expect(fm).toEqual({
      title: article.title,
      author: 'PMOI/MEK',
      source: 'PMOI/MEK',
      byline: 'Analysis by PMOI/MEK',
      kind: 'analysis',
      published: '2020-01-21',
      citekey: 'pmoimek2020iran',
      // The article's own tags (its article notes'), as typed: not every highlight's.
      tags: ['to read'],
      gloss: article.id,
      updated: '2024-03-01T10:00:00.000Z',
    });
  });

  it('carries the provenance a web page stated (site, address, language) into the front matter', () => {
    const page = { ...article, siteName: 'The Valley Courier', canonicalUrl: 'https://courier.example/a', language: 'en-GB' };
    const fm = parse(splitFrontMatter(renderArticleMarkdown({ article: page, highlights, notes, template: "default" })).yaml) as Record<string, unknown>;
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
    expect(md).toContain('## Notes\n\n- Read alongside the **December 27** attack coverage.');
    expect(md).toContain('yellow · #Iraq-protests #Iran #timeline\n\n- Escalation after the *ultimatum* expired.\n\n  - check dates');
    expect(md).toContain('blue · #strategy');
    expect(readLinks(md)).toEqual([
      'gloss://article/000_8a7174939e31e350',
      'gloss://article/000_8a7174939e31e350#highlight=hl_a1',
      'gloss://article/000_8a7174939e31e350#highlight=hl_b2',
    ]);
    expect(md.match(/^\^[a-z0-9-]+$/gm)).toEqual(['^hl-a1', '^hl-b2']);
  });

  it('is the same text when rendered twice (stable for re-export)', () => {
    expect(renderArticleMarkdown({ article, highlights: [...highlights].reverse(), notes, template: 'default' })).toBe(md);
  });

  it('keeps a note whose highlight is gone, as an article note', () => {
    const out = renderArticleMarkdown({ article, highlights: [], notes: [noteOf('n9', 'hl_gone', 'Still here.')], template: 'default' });
    expect(out).toContain('## Notes\n\n- Still here.\n');
    expect(out).not.toContain('## Highlights');
  });
});

describe('renderArticleMarkdown (callout and plain)', () => {
  it('callout: each quote is a [!quote] callout titled with its colour, not repeated below it', () => {
    const md = renderArticleMarkdown({ article, highlights, notes, template: 'callout' });
    expect(md).toContain('> [!quote] yellow\n> demonstrations against');
    expect(md).toContain('^hl-a1\n\n#Iraq-protests #Iran #timeline\n\n');
    expect(md).not.toMatch(/^(yellow|blue) ·/m);
    const quotes = readBlockQuotes(md);
    expect(quotes.map((q) => q.text)).toEqual([`[!quote] yellow\n${highlights[1]!.quote.exact}`, `[!quote] blue\n${highlights[0]!.quote.exact}`]);
  });

  it('plain: no front matter, no links, no block ids, but the article and highlight tags as typed', () => {
    const md = renderArticleMarkdown({ article, highlights, notes, template: 'plain' });
    expect(md).toContain('\n\ntags: to read\n\n');
    expect(md).toContain('yellow · tags: Iraq protests, Iran, timeline');
    expect(md.startsWith('# How Iran’s regime')).toBe(true);
    expect(readLinks(md)).toEqual([]);
    expect(md).not.toMatch(/^\^/m);
    expect(readBlockQuotes(md).map((q) => q.text)).toEqual([highlights[1]!.quote.exact, highlights[0]!.quote.exact]);
  });
});

describe('export as written (issue 12)', () => {
  const tagged = [{ ...highlights[0]!, tags: ['C++', 'C', 'to read', '2020', '#hash', 'Iran'] }];
  const articleNote = noteOf('note_a', null, 'About the article.', ['C++', '2020', '#hash', 'to read']);

  it('front matter tags are YAML strings exactly as typed', () => {
    const md = renderArticleMarkdown({ article, highlights: tagged, notes: [articleNote], template: 'default' });
    expect((parse(splitFrontMatter(md).yaml) as { tags: unknown }).tags).toEqual(['C++', '2020', '#hash', 'to read']);
  });

  it('inline #tags only where Obsidian takes them as typed; the rest kept as text, never cut to collide', () => {
    const md = renderArticleMarkdown({ article, highlights: tagged, notes: [], template: 'default' });
    // "C++" used to become "#C", the same tag as the real "C"; "2020" became "_2020"; "#hash" lost its "#".
    expect(md).toContain('blue · #C #to-read #Iran · C++, 2020, \\#hash\n');
    expect(md).not.toContain('#_2020');
  });

  it('reports every change to a tag, with the reason, before saving', () => {
    const changes = exportTagChanges([[{ article, highlights: tagged, notes: [] }]], 'default');
    expect(changes.map((c) => [c.name, c.writtenAs])).toEqual([
      ['#hash', null],
      ['2020', null],
      ['C++', null],
      ['to read', '#to-read'],
    ]);
    expect(changes.find((c) => c.name === 'C++')?.reason).toMatch(/cannot contain “\+”/);
    expect(exportTagChanges([[{ article, highlights: tagged, notes: [] }]], 'plain')).toEqual([]);
  });

  it('does not turn "to read" into "#to-read" when "to-read" is another tag of the file', () => {
    const both = [{ ...highlights[0]!, tags: ['to read', 'to-read'] }];
    const md = renderArticleMarkdown({ article, highlights: both, notes: [], template: 'default' });
    expect(md).toContain('blue · #to-read · to read\n');
    expect(exportTagChanges([[{ article, highlights: both, notes: [] }]], 'default')[0]).toMatchObject({ name: 'to read', writtenAs: null });
  });

  it('a heading in a note is demoted and a quote in a note is not a highlight quote', () => {
    const note = noteOf('note_h', 'hl_b2', '# My heading\n\n> quoting someone else\n\nSub\n---\n\n```\nunclosed fence');
    const md = renderArticleMarkdown({ article, highlights, notes: [note], template: 'default' });
    expect(readHeadings(md, 1)).toEqual([article.title]);
    expect(readHeadings(bodyOf(md), 2)).toEqual(['Highlights']);
    expect(readHeadings(md, 3)).toEqual(['My heading']);
    expect(readHeadings(md, 4)).toEqual(['Sub']);
    expect(readBlockQuotes(md).map((q) => q.text)).toEqual([highlights[1]!.quote.exact, highlights[0]!.quote.exact]);
    // The fence left open is closed inside the note: the deep link after it is still a link.
    expect(readLinks(md)).toHaveLength(3);
  });

  it('re-export is byte-identical when nothing changed, and says when something did', () => {
    const first = renderArticleMarkdown({ article, highlights, notes, template: 'default' });
    const again = renderArticleMarkdown({ article, highlights, notes, template: 'default' });
    expect(again).toBe(first);
    const edited = notes.map((n) => (n.id === 'note_2' ? { ...n, body: 'Changed.', updatedAt: '2024-04-01T00:00:00.000Z' } : n));
    const changed = renderArticleMarkdown({ article, highlights, notes: edited, template: 'default' });
    expect((parse(splitFrontMatter(changed).yaml) as { updated: string }).updated).toBe('2024-04-01T00:00:00.000Z');
  });

  it('writes the url and site when the article has them', () => {
    const withUrl = { ...article, canonicalUrl: 'https://example.org/a', siteName: 'Example' };
    const fm = parse(splitFrontMatter(renderArticleMarkdown({ article: withUrl, highlights, notes, template: 'default' })).yaml) as Record<string, unknown>;
    expect(fm.url).toBe('https://example.org/a');
    expect(fm.site).toBe('Example');
  });

  it('a note defining a link reference makes the quotes escape their brackets', () => {
    const h = highlightOf('hl_br', 'the U.S.', 'green');
    const plain = renderArticleMarkdown({ article, highlights: [{ ...h, quote: { ...h.quote, exact: '[The enemy] will tire' } }], notes: [], template: 'default' });
    expect(plain).toContain('> [The enemy] will tire');
    const withRef = renderArticleMarkdown({
      article,
      highlights: [{ ...h, quote: { ...h.quote, exact: '[The enemy] will tire' } }],
      notes: [noteOf('n_ref', 'hl_br', '[the enemy]: https://example.org')],
      template: 'default',
    });
    expect(readBlockQuotes(withRef).map((q) => q.text)).toEqual(['[The enemy] will tire']);
  });
});

describe('exactness under random input', () => {
  it('any quote reads back exactly from every template', () => {
    fc.assert(
      fc.property(fc.array(authorText.filter((s) => s.length > 0), { minLength: 1, maxLength: 4 }), fc.constantFrom('default', 'callout', 'plain' as const), (quotes, template) => {
        const hs = quotes.map((exact, i) => ({ ...highlightOf(`hl_${i}`, 'Iraq', 'green'), quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: i * 10, end: i * 10 + exact.length } }));
        const md = renderArticleMarkdown({ article, highlights: hs, notes: [], template });
        const read = readBlockQuotes(md);
        expect(read.map((q) => q.foreign)).toEqual(quotes.map(() => []));
        expect(read.map((q) => q.text)).toEqual(quotes.map((q) => (template === 'callout' ? `[!quote] green\n${q}` : q)));
      }),
      { numRuns: 300 },
    );
  });

  it('any notes keep the file’s structure: one H1, only its own sections, only the highlights as quotes', () => {
    const noteText = fc.array(fc.constantFrom('# ', '## ', 'Heading', '\n===', '\n---', '\n', '\n\n', '> ', '- ', '1. ', '```', '~~~', '<!--', '<pre>', '[x]: http://y', 'word', '|', '\t', '    '), { maxLength: 25 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(noteText, { minLength: 1, maxLength: 3 }), fc.constantFrom('default', 'callout', 'plain' as const), (bodies, template) => {
        const ns = bodies.map((body, i) => noteOf(`n_${i}`, i % 2 === 0 ? 'hl_a1' : null, body));
        const md = renderArticleMarkdown({ article, highlights, notes: ns, template });
        expect(readHeadings(md, 1)).toEqual([article.title]);
        expect(readHeadings(bodyOf(md), 2).filter((h) => h !== 'Notes' && h !== 'Highlights')).toEqual([]);
        const quotes = readBlockQuotes(md).map((q) => q.text.replace(/^\[!quote\] \w+\n/, ''));
        expect(quotes).toEqual([highlights[1]!.quote.exact, highlights[0]!.quote.exact]);
        if (template !== 'plain') expect(readLinks(md).filter((l) => l.startsWith('gloss://'))).toHaveLength(3);
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
    const md = renderArticleMarkdown({ article: { ...article, title }, highlights, notes, template: 'default' });
    expect((parse(splitFrontMatter(md).yaml) as { title: unknown }).title).toBe(title);
    expect(readHeadings(md, 1)).toEqual([title.replace(/\s+/g, ' ')]);
  });

  it('random titles, bylines and sources round-trip through the front matter', () => {
    fc.assert(
      fc.property(authorText, fc.option(authorText, { nil: null }), fc.option(authorText, { nil: null }), (title, byline, source) => {
        const a: Article = { ...article, title, byline, source };
        const md = renderArticleMarkdown({ article: a, highlights, notes, template: 'default' });
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
