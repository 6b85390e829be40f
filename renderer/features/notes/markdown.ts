/**
 * Notes are Markdown, rendered safely: markdown-it with html:false escapes any raw HTML a note holds
 * (so <script> shows as text), and its link validator already refuses javascript:/vbscript:/data:
 * URLs. DOMPurify then sanitises the output anyway: defence in depth, because notes can arrive from
 * an imported backup someone else wrote.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

interface RenderEnv {
  headingShift?: number;
}

/**
 * A note's "# Heading" under a page that has its own headings (the Notebook: h1 the page, h2 a
 * group) would break that page's outline; shifted, it nests under them (h1 → h3 with a shift of 2).
 */
const shiftHeading: NonNullable<MarkdownIt['renderer']['rules']['heading_open']> = (tokens, idx, options, env: RenderEnv | undefined, self) => {
  const token = tokens[idx]!;
  const shift = env?.headingShift ?? 0;
  const level = Number(token.tag.slice(1));
  // Tokens are made afresh by each render's parse, so changing this one's tag changes nothing else.
  if (shift > 0 && level > 0) token.tag = `h${Math.min(6, level + shift)}`;
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_open = shiftHeading;
md.renderer.rules.heading_close = shiftHeading;

/** Markdown → HTML string. Not yet sanitised: use renderNoteHtml() (sanitise-html.ts) for the DOM. */
export function markdownToHtml(source: string, { headingShift = 0 }: { headingShift?: number } = {}): string {
  const env: RenderEnv = { headingShift };
  return md.render(source, env);
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
