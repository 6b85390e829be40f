import { hasCredit, parseCaption } from './caption';
import type { SourceBlock, SourceDocument } from './source-block';
import { collapseSpace } from './source-block';

// Scraped pages leave ad-slot sizes behind as lines of their own: "728 x 90", "300x250".
const AD_SIZE = /^\d{2,4}\s*[x×]\s*\d{2,4}$/i;

// Prose lines a text editor hard-wrapped sit in this band; a title or byline stacked above a
// paragraph without a blank line between is usually shorter, so it is not glued onto it.
const WRAP_MIN = 40;
const WRAP_MAX = 100;

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
  const units = chunks(text).flatMap(chunkUnits);
  const blocks: SourceBlock[] = units.map((unit) => {
    if (hasCredit(unit.text) || (unit.repeated && unit.text.length <= 200 && !SENTENCE_END.test(unit.text))) {
      return { type: 'figure', ...parseCaption(unit.text) };
    }
    return { type: 'paragraph', text: unit.text };
  });
  return { title: null, blocks: markHeadings(blocks) };
}

/** Runs of non-blank lines, ad sizes dropped. */
function chunks(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (isAdSize(line)) continue;
    if (line === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function chunkUnits(lines: string[]): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && last.text === line) last.repeated = true;
    else units.push({ text: line, repeated: false });
  }
  if (isHardWrapped(units)) return [{ text: collapseSpace(units.map((u) => u.text).join(' ')), repeated: false }];
  return units;
}

function isHardWrapped(units: Unit[]): boolean {
  if (units.length < 2 || units.some((u) => u.repeated || hasCredit(u.text))) return false;
  const [, second] = units;
  // Two lines, the second continuing a sentence: "… the protesters had\ngiven an ultimatum …".
  if (units.length === 2) return /^\p{Ll}/u.test(second!.text) && units[0]!.text.length >= WRAP_MIN;
  return units.slice(0, -1).every((u) => u.text.length >= WRAP_MIN && u.text.length <= WRAP_MAX);
}

export function looksLikeHeading(text: string): boolean {
  return (
    text.length <= HEADING_MAX_CHARS &&
    text.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !SENTENCE_END.test(text) &&
    !/^\p{Ll}/u.test(text)
  );
}

/** A short label line is a heading when real prose follows it (figures in between are skipped). */
function markHeadings(blocks: SourceBlock[]): SourceBlock[] {
  const text = (b: SourceBlock | undefined) => (b && b.type !== 'figure' ? b.text : null);
  const candidate = blocks.map((b) => b.type === 'paragraph' && looksLikeHeading(b.text));
  return blocks.map((block, i) => {
    if (!candidate[i] || block.type === 'figure') return block;
    let next = i + 1;
    while (next < blocks.length && blocks[next]!.type === 'figure') next++;
    const followedByProse = text(blocks[next]) !== null && !candidate[next];
    return followedByProse ? { type: 'heading', text: block.text } : block;
  });
}
