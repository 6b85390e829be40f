/**
 * A note is the researcher's own Markdown and is exported as written, but nested so it cannot clash
 * with the file's structure (issue 12): a "# Heading" in a note must not become a second H1 of the
 * file, a "> quote" in a note must not look like a highlight quote, and an unclosed ``` fence or
 * <!-- comment must not swallow the rest of the file.
 *
 * Two steps, both checked against markdown-it by nest-note.test.ts:
 * 1. Headings are demoted so the note's top heading sits at `minLevel` (its relative levels kept;
 *    below 6 they stay 6). Setext headings ("Title\n===") become ATX so they can go below level 2.
 * 2. The note becomes one bullet-list item ("- " then two spaces before each further line).
 *    CommonMark's container rule keeps the note's blocks exactly as they were inside the item, and an
 *    item ends, closing every open fence or HTML block inside it, at the first unindented line after a
 *    blank one. Its block quotes are the note's, inside a bullet, never a bare highlight quote.
 *
 * Trade-off: tabs in a line's leading structure (indentation, ">" and list markers) are expanded to
 * spaces first, because the two-column shift would move their tab stops. Tabs elsewhere are kept.
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

// As Gloss renders notes (html:false): what a heading is, is what the researcher saw.
const md = new MarkdownIt({ html: false });
// As Obsidian does: to find the HTML blocks it would render (escapeHtmlBlocks).
const mdHtml = new MarkdownIt({ html: true });

export interface NestedNote {
  /** The note as one list item's Markdown (starts with "- "). */
  markdown: string;
  /** Link reference labels the note defines; they apply to the whole file (see EscapeOptions). */
  definesReferences: boolean;
}

/** Leading structure of a line: indentation, block quote markers and list markers. */
const STRUCTURE = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

function expandStructuralTabs(line: string): string {
  const prefix = STRUCTURE.exec(line)?.[0] ?? '';
  if (!prefix.includes('\t')) return line;
  let out = '';
  for (const ch of prefix) out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch;
  return out + line.slice(prefix.length);
}

interface Heading {
  level: number;
  token: Token;
  inline: Token;
}

function headingsOf(tokens: Token[]): Heading[] {
  const out: Heading[] = [];
  tokens.forEach((token, i) => {
    const inline = tokens[i + 1];
    if (token.type === 'heading_open' && token.map && inline) out.push({ level: Number(token.tag.slice(1)), token, inline });
  });
  return out;
}

/** Rewrites `lines` in place so each heading has its new level; false when a line is not as expected. */
function rewriteHeading(lines: (string | null)[], h: Heading, level: number): boolean {
  const [start, end] = h.token.map!;
  const hashes = '#'.repeat(level);
  if (/^#+$/.test(h.token.markup)) {
    const line = lines[start] ?? '';
    const prefix = STRUCTURE.exec(line)?.[0] ?? '';
    const rest = line.slice(prefix.length);
    if (!rest.startsWith(h.token.markup)) return false;
    lines[start] = prefix + hashes + rest.slice(h.token.markup.length);
    return true;
  }
  // Setext: content lines start..end-2, underline end-1. One ATX line replaces them all.
  const first = (lines[start] ?? '').trimEnd();
  const firstContent = (h.inline.content.split('\n')[0] ?? '').trimEnd();
  if (!first.endsWith(firstContent)) return false;
  const prefix = first.slice(0, first.length - firstContent.length);
  lines[start] = `${prefix}${hashes} ${h.inline.content.replace(/\s*\n\s*/g, ' ')}`;
  for (let k = start + 1; k < end; k++) lines[k] = null;
  return true;
}

/** The note with its headings moved down to start at `minLevel`; unchanged when it has none that high. */
export function demoteHeadings(body: string, minLevel: number): string {
  const lines: (string | null)[] = body.split('\n').map(expandStructuralTabs);
  const source = lines.join('\n');
  const headings = headingsOf(md.parse(source, {}));
  if (headings.length === 0) return source;
  const shift = Math.max(0, minLevel - Math.min(...headings.map((h) => h.level)));
  if (shift === 0) return source;
  for (const h of headings) {
    if (!rewriteHeading(lines, h, Math.min(6, h.level + shift))) return source;
  }
  return lines.filter((l) => l !== null).join('\n');
}

/** A note body as written, minus blank lines at its edges so the spacing around it stays one blank line. */
export function trimNote(body: string): string {
  return body.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
}

/**
 * Gloss shows a note's raw HTML as text (markdown-it with html:false, renderer/features/notes), so
 * "<!--" in a note is something the researcher sees, not a hidden comment; Obsidian would render it
 * and hide the rest of the note. Escaping the "<" that starts an HTML block makes the block read as
 * it does in Gloss. Repeated because the text that is no longer HTML may hold another block start.
 */
function escapeHtmlBlocks(note: string): string {
  let current = note;
  for (let round = 0; round < 20; round++) {
    const block = mdHtml.parse(current, {}).find((t) => t.type === 'html_block' && t.map);
    if (!block?.map) return current;
    const lines = current.split('\n');
    const line = lines[block.map[0]] ?? '';
    const at = line.indexOf('<', (STRUCTURE.exec(line)?.[0] ?? '').length);
    if (at < 0) return current;
    lines[block.map[0]] = `${line.slice(0, at)}\\${line.slice(at)}`;
    current = lines.join('\n');
  }
  return current;
}

/** A fence left open at the end of a note, closed: it would otherwise run on into the file. */
function closeOpenFence(note: string, tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  if (!last?.map || last.level !== 0 || last.type !== 'fence') return note;
  const lines = note.split('\n');
  if (last.map[1] < lines.length) return note;
  const closing = new RegExp(`^\\s{0,3}${last.markup[0] === '~' ? '~' : '`'}{${last.markup.length},}\\s*$`);
  return last.map[1] - last.map[0] >= 2 && closing.test(lines[lines.length - 1] ?? '') ? note : `${note}\n${last.markup}`;
}

/** The note before nesting: edges trimmed, headings demoted, a block left open closed. */
export function prepareNote(body: string, minLevel: number): { markdown: string; definesReferences: boolean } {
  const text = escapeHtmlBlocks(trimNote(body).replace(/\r\n?/g, '\n').split('\n').map(expandStructuralTabs).join('\n'));
  const demoted = demoteHeadings(text, minLevel);
  const env: { references?: Record<string, unknown> } = {};
  const markdown = closeOpenFence(demoted, md.parse(demoted, env));
  return { markdown, definesReferences: Object.keys(env.references ?? {}).length > 0 };
}

/** The note nested as one bullet item, headings from `minLevel` down. */
export function nestNote(body: string, minLevel: number): NestedNote {
  const prepared = prepareNote(body, minLevel);
  const lines = prepared.markdown.split('\n').map(expandStructuralTabs);
  const indented = lines.map((line) => (line === '' ? '' : `  ${line}`));
  // "- " + a line that starts with spaces would move the item's content column, "- " + "---" is a
  // thematic break, and markdown-it reads "- a |" over a "---" line as a table, not an item. An item
  // may instead start on the line after its marker, where the content column is always two.
  const first = lines[0] ?? '';
  const onNextLine = /^\s/.test(first) || /^(?:-[ \t]*){3,}$/.test(`- ${first}`) || first.includes('|');
  const markdown = onNextLine ? `-\n${indented.join('\n')}` : `- ${indented.join('\n').slice(2)}`;
  return { markdown, definesReferences: prepared.definesReferences };
}
