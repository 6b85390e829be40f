import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { demoteHeadings, nestNote, prepareNote } from './nest-note';

const md = new MarkdownIt({ html: true });
type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * What a token means, without the levels, source maps and tight-list flags nesting changes. Inline
 * whitespace runs are collapsed: a lazy continuation line ("> a" then "b") gains the item's two
 * spaces, which only a code span spanning that line would show.
 */
function shape(tokens: Token[]): string[] {
  return tokens.map((t) =>
    t.type === 'inline' ? `inline:${md.renderer.renderInline(t.children ?? [], md.options, {}).replace(/\s+/g, ' ').replace(/<code> /g, '<code>').replace(/ <\/code>/g, '</code>')}` : `${t.type}:${t.tag}:${t.type === 'paragraph_open' || t.type === 'paragraph_close' ? '' : t.content.replace(/\n+$/, '')}`,
  );
}

/** The tokens inside the first top-level list item of `file`, and what follows the list. */
function itemAndAfter(file: string): { item: Token[]; after: Token[] } {
  const tokens = md.parse(file, {});
  const open = tokens.findIndex((t) => t.type === 'list_item_open' && t.level === 1);
  let depth = 0;
  let close = -1;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i]!.type === 'list_item_open') depth++;
    if (tokens[i]!.type === 'list_item_close' && --depth === 0) {
      close = i;
      break;
    }
  }
  const listClose = tokens.findIndex((t, i) => i > close && t.type === 'bullet_list_close' && t.level === 0);
  return { item: tokens.slice(open + 1, close), after: tokens.slice(listClose + 1) };
}

const PIECES = [
  '# ', '## ', '###### ', 'Title', '\n===', '\n---', '\n', '\n\n', '> ', '>> ', '- ', '* ', '1. ', '2) ', '    ', '  ', '\t',
  '```', '~~~', '```js', '<!--', '-->', '<pre>', '</pre>', '<div>', '[x]: http://y', '[x]', '*em*', '**b**', '`c`', 'word',
  'Kata’ib', 'ع', '|', 'a | b', '---|---', '#tag', '\\', ' ',
];
const noteArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((p) => p.join('')).filter((s) => s.trim() !== '');

describe('demoteHeadings', () => {
  it('moves headings down to the level given, keeping their relative levels', () => {
    expect(demoteHeadings('# Top\n\ntext\n\n## Sub', 3)).toBe('### Top\n\ntext\n\n#### Sub');
    expect(demoteHeadings('Setext\n===\n\nSub\n---', 3)).toBe('### Setext\n\n#### Sub');
    expect(demoteHeadings('> # In a quote', 3)).toBe('> ### In a quote');
    expect(demoteHeadings('#### Already low', 3)).toBe('#### Already low');
    expect(demoteHeadings('# a\n\n###### f', 3)).toBe('### a\n\n###### f');
  });
});

describe('nestNote', () => {
  it('nests a note as one bullet item', () => {
    expect(nestNote('# My heading\n\n> their quote\n\n- a\n- b', 3).markdown).toBe('- ### My heading\n\n  > their quote\n\n  - a\n  - b');
    expect(nestNote('    code first', 3).markdown).toBe('-\n      code first');
  });

  it('closes a fence or comment left open, so it cannot run into the rest of the file', () => {
    expect(prepareNote('```js\ncode', 3).markdown).toBe('```js\ncode\n```');
    expect(prepareNote('````\ncode\n```', 3).markdown).toBe('````\ncode\n```\n````');
    expect(prepareNote('```\ncode\n```', 3).markdown).toBe('```\ncode\n```');
  });

  it('shows an HTML block as Gloss showed it (as text), so "<!--" cannot hide the rest of the file', () => {
    expect(prepareNote('text\n\n<!-- hidden', 3).markdown).toBe('text\n\n\\<!-- hidden');
    expect(prepareNote('> <div>\n> x', 3).markdown).toBe('> \\<div>\n> x');
    expect(prepareNote('inline <b>html</b> stays', 3).markdown).toBe('inline <b>html</b> stays');
  });

  it('tells when a note defines link references', () => {
    expect(nestNote('see [x]\n\n[x]: http://example.com', 3).definesReferences).toBe(true);
    expect(nestNote('see [x]', 3).definesReferences).toBe(false);
  });

  it('any note keeps its own blocks, gets no heading above the level given, and never swallows what follows', () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        const nested = nestNote(note, 3).markdown;
        const file = `# Title\n\n> highlight quote\n\n${nested}\n\n[Open in Gloss](gloss://x)\n`;
        const { item, after } = itemAndAfter(file);
        expect(shape(item)).toEqual(shape(md.parse(prepareNote(note, 3).markdown, {})));
        // The heading levels of the note, all from h3 down, and the file's one h1.
        const tokens = md.parse(file, {});
        expect(tokens.filter((t) => t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2')).length).toBe(1);
        // Exactly one block quote at the top level: the highlight's.
        expect(tokens.filter((t) => t.type === 'blockquote_open' && t.level === 0).length).toBe(1);
        // What follows the note is still the link paragraph.
        expect(shape(after)).toEqual(['paragraph_open:p:', 'inline:<a href="gloss://x">Open in Gloss</a>', 'paragraph_close:p:']);
      }),
      { numRuns: 1500 },
    );
  });
});
