import { looksLikeHeading } from '../plain-text';
import type { SourceBlock } from '../source-block';

/*
 * A PDF has no paragraphs, only positioned runs of glyphs. This turns pdf.js's text items (plain data,
 * no pdf.js types here) into the blocks every format reduces to: lines are rebuilt from runs on one
 * baseline, page headers and footers that repeat on every page are dropped, lines are joined into
 * paragraphs by their spacing, and larger type that reads as a label becomes a heading.
 */

/** One run of text as pdf.js reports it, in PDF user space (y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size in points (the text matrix's vertical scale). */
  size: number;
  /** pdf.js saw a line break after this run. */
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  page: number;
}

// Runs whose baselines differ by less than this share of the font size are on one line
// (superscripts, a word in another font).
const SAME_LINE = 0.4;
// A gap wider than this share of the font size between two runs is a space the PDF did not encode.
const WORD_GAP = 0.15;
// Type this much larger than the body's is heading-sized.
const HEADING_SCALE = 1.15;
// A paragraph ends where the gap to the next line exceeds the usual line spacing by this factor.
const PARAGRAPH_GAP = 1.4;
// Repeated page furniture: only on documents of at least this many pages, on this share of them.
const FURNITURE_MIN_PAGES = 3;
const FURNITURE_SHARE = 0.6;
// Furniture sits in the first or last lines of a page.
const EDGE_LINES = 2;

/** Text items of each page → lines, in reading order (pdf.js gives content-stream order). */
export function pageLines(pages: readonly (readonly PdfTextItem[])[]): PdfLine[][] {
  return pages.map((items, page) => {
    const lines: PdfLine[] = [];
    let current: PdfLine | null = null;
    let broken = true;
    for (const item of items) {
      const size = Math.abs(item.size) || 1;
      if (item.str === '') {
        if (item.hasEOL) broken = true;
        continue;
      }
      const sameLine = current !== null && !broken && Math.abs(current.y - item.y) < SAME_LINE * Math.max(size, current.size);
      const joinable = current !== null && Math.abs(current.y - item.y) < SAME_LINE * Math.max(size, current.size) && item.x >= current.right - size;
      if (current !== null && (sameLine || joinable)) {
        const gap = item.x - current.right;
        const spaced = /\s$/.test(current.text) || /^\s/.test(item.str);
        current.text += !spaced && gap > WORD_GAP * size ? ` ${item.str}` : item.str;
        current.right = Math.max(current.right, item.x + item.width);
        current.size = Math.max(current.size, size);
      } else {
        if (current) lines.push(current);
        current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size, page };
      }
      broken = item.hasEOL;
    }
    if (current) lines.push(current);
    return lines.map((l) => ({ ...l, text: l.text.replace(/[\s\u00a0]+/g, ' ').trim() })).filter((l) => l.text !== '');
  });
}

/**
 * Drops a line at the top or bottom of the page only when it is clearly page furniture, on a
 * document long enough to tell: the same text at the edge of most pages (a running title), or a line
 * that differs from page to page only by a number counting up with the page ("Page 3 of 9", a bare
 * "12"). Anything less clearly repeated is kept.
 */
export function dropRepeatedFurniture(pages: PdfLine[][]): PdfLine[][] {
  if (pages.length < FURNITURE_MIN_PAGES) return pages;
  const needed = Math.max(FURNITURE_MIN_PAGES, Math.ceil(FURNITURE_SHARE * pages.length));
  const pageEdges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)]);
  });
  // Pages on which each exact text, and each "text with its numbers counting with the page", sits at an edge.
  const exact = new Map<string, Set<number>>();
  const counting = new Map<string, Set<number>>();
  pageEdges.forEach((edge, page) => {
    for (const line of edge) {
      const text = line.text.toLowerCase();
      add(exact, text, page);
      for (const key of countingKeys(text, page)) add(counting, key, page);
    }
  });
  const isFurniture = (line: PdfLine, page: number) => {
    const text = line.text.toLowerCase();
    if ((exact.get(text)?.size ?? 0) >= needed) return true;
    return countingKeys(text, page).some((key) => (counting.get(key)?.size ?? 0) >= needed);
  };
  return pages.map((lines, page) => lines.filter((l) => !(pageEdges[page]!.has(l) && isFurniture(l, page))));
}

/**
 * One key per number in the line: the line with its numbers blanked, which number, and that number
 * minus the page's index, which stays the same from page to page for a page number (whatever the
 * first page is called: "Page 3 of 9" on the first page is still counting).
 */
function countingKeys(text: string, page: number): string[] {
  const template = text.replace(/\d+/g, '#');
  return (text.match(/\d+/g) ?? []).map((n, k) => `${template} #${k} @${Number(n) - page}`);
}

function add(map: Map<string, Set<number>>, key: string, page: number): void {
  const pages = map.get(key) ?? new Set<number>();
  pages.add(page);
  map.set(key, pages);
}

/** The size most of the text is set in (weighted by characters). */
export function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best || 12;
}

/** The usual distance between one body line and the next (the mode, so paragraph gaps do not count). */
function lineSpacing(pages: readonly PdfLine[][], body: number): number {
  const gaps = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      if (!sameSize(a.size, body) || !sameSize(b.size, body)) continue;
      const gap = Math.round(a.y - b.y);
      if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = 0;
  for (const [gap, n] of gaps) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  // One gap seen once says nothing about the spacing (it may be the gap after a title line).
  return most >= 2 ? best : body * 1.2;
}

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

const WORDS = /\p{L}+(?:[-\u2010]\p{L}+)*/gu;
const SENTENCE_END = /[.!?:;…]["”’»)\]]*$/u;

/**
 * Joins a line to the next. A word broken by a hyphen at the end of a line is mended only when the
 * document itself spells it without the hyphen elsewhere ("para-" + "graph", with "paragraph" in
 * the text); a compound ("well-" + "known") or a word seen nowhere else keeps its hyphen, so no
 * word is rewritten on a guess. A soft hyphen (U+00AD) is always a break, never a character.
 */
export function joinLines(a: string, b: string, vocabulary: ReadonlySet<string>): string {
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  const broken = /(\p{L}+)[-\u2010]$/u.exec(a);
  // A capital after a line-end hyphen is a compound with a name ("Anglo-" + "Saxon"): kept as printed.
  if (broken && /^\p{Lu}/u.test(b)) return a + b;
  const next = /^(\p{Ll}+)/u.exec(b);
  if (broken && next) {
    const whole = (broken[1]! + next[1]!).toLowerCase();
    const hyphenated = `${broken[1]!}-${next[1]!}`.toLowerCase();
    if (spelledWhole(whole, vocabulary) && !vocabulary.has(hyphenated)) return a.slice(0, -1) + b;
    return a + b;
  }
  // A dash at the end of a line joins without a space ("the city—" + "and its people").
  if (/[—–]$/.test(a)) return a + b;
  return `${a} ${b}`;
}

// Inflections that still count as the document spelling a word whole ("paragraphs" beside "paragraph").
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

function spelledWhole(word: string, vocabulary: ReadonlySet<string>): boolean {
  if (vocabulary.has(word)) return true;
  return ENDINGS.some((e) => (word.endsWith(e) && vocabulary.has(word.slice(0, -e.length))) || vocabulary.has(word + e));
}

/** Every word in the document, lower-cased, as printed within lines (for mending broken words). */
function vocabularyOf(pages: readonly PdfLine[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    for (const line of lines) {
      // The last word of a line ending in a hyphen is a fragment, not a word the text spells.
      const text = line.text.replace(/\p{L}+[-\u2010\u00ad]$/u, '');
      for (const w of text.match(WORDS) ?? []) words.add(w.toLowerCase().replace(/\u2010/g, '-'));
    }
  }
  return words;
}

export interface PdfLayout {
  blocks: SourceBlock[];
  /** The first heading-sized line of the first page that reads as a title, if any. */
  firstHeading: string | null;
}

/** Lines of every page → headings and paragraphs, reflowed. */
export function layoutBlocks(pages: PdfLine[][]): PdfLayout {
  const all = pages.flat();
  const body = bodySize(all);
  const spacing = lineSpacing(pages, body);
  const vocabulary = vocabularyOf(pages);
  const blocks: SourceBlock[] = [];
  let firstHeading: string | null = null;
  let para: { text: string; last: PdfLine; heading: boolean } | null = null;
  const flush = () => {
    if (para) blocks.push({ type: para.heading ? 'heading' : 'paragraph', text: para.text });
    para = null;
  };
  const isHeading = (l: PdfLine) => l.size >= body * HEADING_SCALE && looksLikeHeading(l.text);

  for (const line of all) {
    const heading = isHeading(line);
    if (heading && firstHeading === null && line.page === 0) firstHeading = line.text;
    if (para !== null) {
      const prev: PdfLine = para.last;
      const samePage = prev.page === line.page;
      const gap = prev.y - line.y;
      let continues: boolean;
      if (para.heading || heading) {
        // A heading set on two lines is one heading; a heading never runs into the text under it.
        continues = para.heading && heading && samePage && sameSize(prev.size, line.size) && gap > 0 && gap <= line.size * 1.6;
      } else if (samePage) {
        // An indented first line after a finished sentence starts a paragraph set without a gap.
        const indented = line.x > prev.x + line.size && SENTENCE_END.test(para.text);
        continues = sameSize(prev.size, line.size) && gap > 0 && gap <= spacing * PARAGRAPH_GAP && !indented;
      } else {
        // Across a page break the text runs on unless the last page ended a sentence.
        continues = sameSize(prev.size, line.size) && !SENTENCE_END.test(para.text);
      }
      if (continues) {
        para.text = joinLines(para.text, line.text, vocabulary);
        para.last = line;
        continue;
      }
      flush();
    }
    para = { text: line.text, last: line, heading };
  }
  flush();
  return { blocks, firstHeading };
}
