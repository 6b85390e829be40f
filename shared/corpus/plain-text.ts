import { hasCredit, parseCaption } from './caption';
import type { SourceBlock, SourceDocument } from './source-block';
import { collapseSpace } from './source-block';

// Scraped pages leave ad-slot sizes behind as lines of their own: "728 x 90", "300x250".
const AD_SIZE = /^\d{2,4}\s*[x×]\s*\d{2,4}$/i;

// A hard-wrapped prose line is at least this long; a title or byline stacked above a paragraph
// without a blank line between is usually shorter, so it is not glued onto it.
const WRAP_MIN = 40;

// A heading is short and reads as a label rather than a sentence.
const HEADING_MAX_CHARS = 120;
const HEADING_MAX_WORDS = 14;
const SENTENCE_END = /[.,;:…]["”’»)\]]*$/;

interface Unit {
  text: string;
  /** The line appeared twice or more in a row (scraped image alt + caption). */
  repeated: boolean;
}

export function isAdSize(line: string): boolean {
  return AD_SIZE.test(line.trim());
}

/**
 * Plain text: one line is one block unless a run of lines is hard-wrapped prose. Paragraph text is
 * kept exactly as written (only surrounding whitespace is trimmed).
 */
export function parsePlainText(text: string): SourceDocument {
  const units = chunks(text).flatMap((lines, chunk) => chunkUnits(lines).map((unit) => ({ ...unit, chunk })));
  const blocks: SourceBlock[] = units.map((unit) => {
    if (hasCredit(unit.text) || (unit.repeated && unit.text.length <= 200 && !SENTENCE_END.test(unit.text))) {
      return { type: 'figure', ...parseCaption(unit.text) };
    }
    return { type: 'paragraph', text: unit.text };
  });
  return { title: null, blocks: markHeadings(blocks, units.map((u) => u.chunk)) };
}

interface Line {
  /** Trimmed text. */
  text: string;
  /** Indented as code is (a tab, or four spaces or more). */
  indented: boolean;
}

/** Runs of non-blank lines, ad sizes dropped. */
function chunks(text: string): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (isAdSize(line)) continue;
    if (line === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push({ text: line, indented: /^(\t| {4})/.test(raw) });
  }
  if (current.length > 0) out.push(current);
  return out;
}

// A list item ("- x", "* x", "• x", "1. x", "2) x") or a quoted reply ("> x") is its own line.
const LIST_ITEM = /^(?:[-*•+–]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const QUOTED = /^>/;
// A wrapped line ends where the next word would not have fitted; this much slack allows for the
// odd trailing space or a wrap a column early.
const WRAP_SLACK = 4;

function isStructural(line: Line): boolean {
  return line.indented || LIST_ITEM.test(line.text) || QUOTED.test(line.text);
}

function chunkUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && last.text === line.text) last.repeated = true;
    else units.push({ text: line.text, repeated: false });
  }
  if (units.length !== lines.length || units.some((u) => hasCredit(u.text))) return units;
  return reflow(lines);
}

/**
 * Re-flows hard-wrapped prose (72-column mail, ragged editors' wrapping) into paragraphs: a line is
 * joined to the next when it is "full", i.e. the next line's first word would not have fitted on
 * it at the chunk's wrap width. Verse (short lines), code (indented), list items and quoted replies
 * keep their lines as written.
 */
function reflow(lines: Line[]): Unit[] {
  const width = Math.max(0, ...lines.slice(0, -1).map((l) => l.text.length));
  const units: Unit[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) units.push({ text: collapseSpace(current.join(' ')), repeated: false });
    current = [];
  };
  lines.forEach((line, i) => {
    current.push(line.text);
    const next = lines[i + 1];
    if (!next || !joins(line, next, width, lines.length)) flush();
  });
  flush();
  return units;
}

function joins(line: Line, next: Line, width: number, count: number): boolean {
  if (isStructural(line) || isStructural(next) || width < WRAP_MIN) return false;
  // Two lines, the second continuing a sentence: "… the protesters had\ngiven an ultimatum …".
  if (count === 2) return /^\p{Ll}/u.test(next.text) && line.text.length >= WRAP_MIN;
  const nextWord = next.text.split(/\s/, 1)[0]!.length;
  return line.text.length >= WRAP_MIN && line.text.length + 1 + nextWord > width - WRAP_SLACK;
}

// Lines that are short and unpunctuated but are not headings: numbers ("38,153", "2020", "12.5%"),
// list items, quoted replies or quotations, and mail headers ("Subject: …").
const NOT_A_HEADING = [/^[\d\s.,:%/+()$€£-]+$/u, LIST_ITEM, /^[>"“‘'«„]/, /^[\w-]+:\s/];

export function looksLikeHeading(text: string): boolean {
  return (
    text.length <= HEADING_MAX_CHARS &&
    text.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !SENTENCE_END.test(text) &&
    !/^\p{Ll}/u.test(text) &&
    /\p{L}/u.test(text) &&
    !NOT_A_HEADING.some((re) => re.test(text))
  );
}

/**
 * A short label line is a heading when real prose follows it (figures in between are skipped).
 * `chunkOf` says which run of non-blank lines each block came from.
 */
function markHeadings(blocks: SourceBlock[], chunkOf: number[]): SourceBlock[] {
  const text = (b: SourceBlock | undefined) => (b && b.type !== 'figure' ? b.text : null);
  const candidate = blocks.map((b) => b.type === 'paragraph' && looksLikeHeading(b.text));
  return blocks.map((block, i) => {
    if (!candidate[i] || block.type === 'figure') return block;
    let next = i + 1;
    while (next < blocks.length && blocks[next]!.type === 'figure') next++;
    const followedByProse = text(blocks[next]) !== null && !candidate[next];
    // Three short unpunctuated lines in a row are verse, not a heading over the prose after them.
    const inVerse = i >= 2 && candidate[i - 1] && candidate[i - 2] && chunkOf[i - 2] === chunkOf[i];
    return followedByProse && !inVerse ? { type: 'heading', text: block.text } : block;
  });
}
