/**
 * Notes are Markdown, rendered safely: markdown-it with html:false escapes any raw HTML a note holds
 * (so <script> shows as text), and its link validator already refuses javascript:/vbscript:/data:
 * URLs. DOMPurify then sanitises the output anyway: defence in depth, because notes can arrive from
 * an imported backup someone else wrote.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

/** Markdown → HTML string. Not yet sanitised: use renderNoteHtml() (sanitise-html.ts) for the DOM. */
export function markdownToHtml(source: string): string {
  return md.render(source);
}

/** Plain-text excerpt of a note for lists: Markdown punctuation dropped, whitespace collapsed, cut at `max`. */
export function noteExcerpt(body: string, max = 160): string {
  const plain = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}
