/**
 * The run-time half of the escaping promise: does this block quote, read by a CommonMark parser
 * (markdown-it, as Obsidian's own parser follows CommonMark), show exactly `expected` and nothing
 * made into markup? escape-markdown.ts falls back to full escaping when its minimal rules fail this.
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

// The default preset: CommonMark plus tables and strikethrough, which Obsidian also reads.
const md = new MarkdownIt();
const TEXT_TOKENS = new Set(['text', 'text_special']);
const BREAK_TOKENS = new Set(['softbreak', 'hardbreak']);

/** The inline text of a token, or null when any of it became markup (emphasis, a link, code…). */
function plainInline(token: Token): string | null {
  let text = '';
  for (const child of token.children ?? []) {
    if (TEXT_TOKENS.has(child.type)) text += child.content;
    else if (BREAK_TOKENS.has(child.type)) text += '\n';
    else return null;
  }
  return text;
}

export function quoteReadsBack(quoteMarkdown: string, expected: string): boolean {
  const tokens = md.parse(quoteMarkdown, {});
  if (tokens[0]?.type !== 'blockquote_open' || tokens[tokens.length - 1]?.type !== 'blockquote_close') return false;
  const paragraphs: string[] = [];
  for (const token of tokens.slice(1, -1)) {
    if (token.type === 'paragraph_open' || token.type === 'paragraph_close') continue;
    if (token.type !== 'inline') return false;
    const text = plainInline(token);
    if (text === null) return false;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n') === expected;
}
