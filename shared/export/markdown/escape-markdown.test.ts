import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockQuote, escapeMarkdownInline, escapeMarkdownLine, escapeMarkdownText, escapeMarkdownTextMinimal } from './escape-markdown';
import { quoteReadsBack } from './reads-back';
import { readBlockQuotes, readInline } from '../test-support/read-markdown';
import { authorText } from '../test-support/arbitraries';

const quoteBack = (text: string) => {
  const quotes = readBlockQuotes(blockQuote(escapeMarkdownText(text)));
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('escapeMarkdownText', () => {
  it.each([
    ['emphasis', '*not bold* and _not em_ and __x__'],
    ['heading at line start', '# Not a heading'],
    ['block quote marker', '> not nested'],
    ['bullets', '- one\n+ two\n* three'],
    ['ordered list', '1. first\n2) second'],
    ['code', 'use `rm -rf` here\n```\nfence'],
    ['link', '[click](http://example.com) and ![img](x.png) and [[wiki]]'],
    ['html tag', '<b>bold</b> <script>alert(1)</script>'],
    ['table', 'a | b\n--- | ---\n1 | 2'],
    ['backslash', 'C:\\path\\ and a trailing \\'],
    ['strike and obsidian marks', '~~gone~~ ==marked== $x$ %%hidden%% ^block-id'],
    ['setext underline', 'Title\n===\nSub\n---'],
    ['entities', 'AT&T says &amp; and &#35; and &copy;'],
    ['indented code', '    four spaces\n\tand a tab'],
    ['trailing spaces', 'two trailing spaces  \nnext'],
    ['three paragraphs', 'One.\n\nTwo.\n\nThree.'],
    ['extra blank lines', 'a\n\n\n\nb'],
    ['leading and trailing newlines', '\n\na\n'],
    ['only newlines', '\n\n'],
    ['no-break spaces at edges', '\u00a0quoted\u00a0'],
    ['carriage returns', 'a\rb\r\nc'],
  ])('keeps %s exactly', (_name, text) => {
    const { text: back, foreign } = quoteBack(text);
    expect(foreign).toEqual([]);
    expect(back).toBe(text);
  });

  it.each([
    // Issue 12: "[The enemy] will tire" came out as "\[The enemy\] will tire".
    ['[The enemy] will tire', '[The enemy] will tire'],
    ['snake_case and a * b and 3 < 4 > 2', 'snake_case and a * b and 3 < 4 > 2'],
    ['C# and -5 degrees, 2020 + 1, ~50 km, a = b, $5, 50%, x^2', 'C# and -5 degrees, 2020 + 1, ~50 km, a = b, $5, 50%, x^2'],
    ['back\\slash in C:\\path', 'back\\slash in C:\\path'],
    ['[a](b) *em* _em_ `code` <b> #tag', '[a\\](b) \\*em\\* \\_em\\_ \\`code\\` \\<b> \\#tag'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['> quoted', '\\> quoted'],
    ['[[wiki]] ==mark== ~~gone~~ %%hide%% $x$ ^block-id', '\\[[wiki]] \\=\\=mark\\=\\= \\~\\~gone\\~\\~ \\%\\%hide\\%\\% \\$x\\$ \\^block-id'],
  ])('escapes only what Markdown would change: %s', (text, escaped) => {
    expect(escapeMarkdownText(text)).toBe(escaped);
    expect(quoteBack(text).text).toBe(text);
  });

  it('escapes brackets everywhere when the file defines link references', () => {
    expect(escapeMarkdownText('[The enemy] will tire', { allBrackets: true })).toBe('\\[The enemy\\] will tire');
  });

  it('the minimal rules alone read back for nearly all nasty input (the markdown-it check is a rare fallback)', () => {
    const samples = fc.sample(authorText, 3000);
    const failures = samples.filter((s) => !quoteReadsBack(blockQuote(escapeMarkdownTextMinimal(s)), s));
    expect(failures.length / samples.length).toBeLessThan(0.01);
  });

  it('leaves ordinary prose readable', () => {
    expect(escapeMarkdownLine('Iraq, January 21, 2020—Since 50% of Kata’ib (an “Iran-backed” militia)…')).toBe(
      'Iraq, January 21, 2020—Since 50% of Kata’ib (an “Iran-backed” militia)…',
    );
  });

  it('any author text comes back as the same text, with no markup made of it', () => {
    fc.assert(
      fc.property(authorText, (text) => {
        const { text: back, foreign } = quoteBack(text);
        expect(foreign).toEqual([]);
        expect(back).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('escapeMarkdownInline', () => {
  it('puts any text on one line that reads back as the collapsed text', () => {
    fc.assert(
      fc.property(authorText, (text) => {
        const line = escapeMarkdownInline(text);
        expect(line).not.toContain('\n');
        const collapsed = text.replace(/\s+/g, ' ').trim();
        if (collapsed === '') return;
        const { text: back, foreign } = readInline(line);
        expect(foreign).toEqual([]);
        expect(back).toBe(collapsed);
      }),
      { numRuns: 500 },
    );
  });
});
