/**
 * Test support: reads exported Markdown back with a real parser (markdown-it), so tests check what a
 * Markdown reader shows rather than the strings we wrote. Used only by *.test.ts files.
 */
import MarkdownIt from 'markdown-it';
const md = new MarkdownIt();
type Token = ReturnType<MarkdownIt['parse']>[number];

export interface QuotedText {
  /** Paragraph texts joined by "\n\n"; soft and hard breaks read as "\n". */
  text: string;
  /** Anything markup made of the text (emphasis, links, lists, code…): must be empty for exactness. */
  foreign: string[];
}

const TEXT_TOKENS = new Set(['text', 'text_special']);
const BREAK_TOKENS = new Set(['softbreak', 'hardbreak']);

function inlineText(token: Token, foreign: string[]): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (TEXT_TOKENS.has(child.type)) text += child.content;
    else if (BREAK_TOKENS.has(child.type)) text += '\n';
    else if (child.type === 'code_inline') {
      foreign.push(child.type);
      text += child.content;
    } else foreign.push(child.type);
  }
  return text;
}

/**
 * The text of each top-level block quote, in document order: what a reader sees as a highlight
 * quote. A block quote inside a list item (a note's own quote) is not one.
 */
export function readBlockQuotes(markdown: string): QuotedText[] {
  const tokens = md.parse(markdown, {});
  const quotes: QuotedText[] = [];
  let depth = 0;
  let paragraphs: string[] = [];
  let foreign: string[] = [];
  for (const token of tokens) {
    if (depth === 0 && token.level > 0) continue;
    if (token.type === 'blockquote_open') {
      depth++;
      if (depth === 1) {
        paragraphs = [];
        foreign = [];
      } else foreign.push('nested blockquote');
      continue;
    }
    if (token.type === 'blockquote_close') {
      depth--;
      if (depth === 0) quotes.push({ text: paragraphs.join('\n\n'), foreign });
      continue;
    }
    if (depth === 0) continue;
    if (token.type === 'inline') paragraphs.push(inlineText(token, foreign));
    else if (token.type !== 'paragraph_open' && token.type !== 'paragraph_close') foreign.push(token.type);
  }
  return quotes;
}

/** The text of every heading of the given level (1 for "#"), in document order. */
export function readHeadings(markdown: string, level: number): string[] {
  const tokens = md.parse(markdown, {});
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open' && token.tag === `h${level}`) {
      const inline = tokens[i + 1];
      if (inline) out.push(inlineText(inline, []));
    }
  });
  return out;
}

/** Every link target in the document, in order. */
export function readLinks(markdown: string): string[] {
  const out: string[] = [];
  for (const token of md.parse(markdown, {})) {
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') out.push(child.attrGet('href') ?? '');
    }
  }
  return out;
}

/** The text of one paragraph-level inline token, read like a quote (for one-line author text). */
export function readInline(markdown: string): QuotedText {
  const foreign: string[] = [];
  const parts: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'inline') parts.push(inlineText(token, foreign));
    else if (token.type !== 'paragraph_open' && token.type !== 'paragraph_close') foreign.push(token.type);
  }
  return { text: parts.join('\n\n'), foreign };
}
