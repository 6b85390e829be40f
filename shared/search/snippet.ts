import type { TextRange, Word } from './tokenize';

export interface SnippetSegment {
  text: string;
  marked: boolean;
}

export interface Snippet {
  segments: SnippetSegment[];
}

/** A block of articleText() with its words (offsets in the whole text). */
export interface WordBlock {
  kind: 'heading' | 'paragraph';
  start: number;
  end: number;
  words: Word[];
}

export const SNIPPET_WORDS = 30;
const ELLIPSIS = '…';

/**
 * About SNIPPET_WORDS words of the original text around the densest cluster of matches, with the
 * matches marked and an ellipsis where the block is cut. With no match in the text (only the title or
 * byline matched) it falls back to the article's first sentence.
 */
export function buildSnippet(text: string, blocks: WordBlock[], matches: TextRange[]): Snippet {
  let best: { block: WordBlock; first: number; last: number; count: number } | null = null;
  for (const block of blocks) {
    const starts = matches.filter((m) => m.start >= block.start && m.start < block.end).map((m) => wordIndexAt(block.words, m.start));
    for (let a = 0; a < starts.length; a++) {
      let b = a;
      while (b + 1 < starts.length && starts[b + 1]! < starts[a]! + SNIPPET_WORDS) b++;
      const count = b - a + 1;
      if (!best || count > best.count) best = { block, first: starts[a]!, last: starts[b]!, count };
    }
  }
  if (!best) return firstSentence(text, blocks);
  const { block, first, last } = best;
  const spare = SNIPPET_WORDS - (last - first + 1);
  let from = Math.max(0, first - Math.floor(spare / 2));
  const to = Math.min(block.words.length - 1, from + SNIPPET_WORDS - 1);
  from = Math.max(0, Math.min(from, to - SNIPPET_WORDS + 1));
  return cut(text, block, from, to, matches);
}

function wordIndexAt(words: Word[], offset: number): number {
  let lo = 0, hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (words[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A cut never splits what is written without a space: the tokenizer sees "U.S." as the words "U" and
 * "S", and a cut between them showed "U …" (issue 12). Cuts move out to the surrounding spaces.
 */
function toSpaceBefore(text: string, at: number, floor: number): number {
  while (at > floor && !/\s/.test(text[at - 1]!)) at--;
  return at;
}
function toSpaceAfter(text: string, at: number, ceiling: number): number {
  while (at < ceiling && !/\s/.test(text[at]!)) at++;
  return at;
}

/** The words from..to of a block as segments, keeping the block's own punctuation at uncut ends. */
function cut(text: string, block: WordBlock, from: number, to: number, matches: TextRange[]): Snippet {
  const lastWord = block.words.length - 1;
  const start = from === 0 ? block.start : toSpaceBefore(text, block.words[from]!.start, block.start);
  const end = to >= lastWord ? block.end : toSpaceAfter(text, block.words[to]!.end, block.end);
  const segments: SnippetSegment[] = [];
  const push = (s: string, marked: boolean) => {
    if (s !== '') segments.push({ text: s, marked });
  };
  // Moving out to a space may reach the block's edge: then nothing is cut and no ellipsis is shown.
  if (start > block.start) push(ELLIPSIS + ' ', false);
  let at = start;
  for (const m of matches) {
    if (m.end <= start || m.start >= end) continue;
    const ms = Math.max(m.start, start), me = Math.min(m.end, end);
    push(text.slice(at, ms), false);
    push(text.slice(ms, me), true);
    at = me;
  }
  push(text.slice(at, end), false);
  if (end < block.end) push(' ' + ELLIPSIS, false);
  return { segments };
}

// A full stop ends a sentence only before a space and a capital or quote, so "U.S. drone" does not,
// and not after a lone capital ("U.S. Army", "J. Smith"): initials, not sentences.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?]["'”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/u;

function firstSentence(text: string, blocks: WordBlock[]): Snippet {
  const block = blocks.find((b) => b.kind === 'paragraph' && b.words.length > 0) ?? blocks.find((b) => b.words.length > 0);
  if (!block) return { segments: [] };
  const body = text.slice(block.start, block.end);
  const stop = SENTENCE_END.exec(body);
  const sentenceEnd = stop ? block.start + stop.index + stop[0].length : block.end;
  const inSentence = block.words.filter((w) => w.end <= sentenceEnd).length;
  const to = Math.min(Math.max(inSentence, 1), SNIPPET_WORDS) - 1;
  if (to < block.words.length - 1 && to === inSentence - 1) {
    // The whole first sentence fits: end at its full stop rather than with an ellipsis.
    return { segments: [{ text: text.slice(block.start, sentenceEnd), marked: false }] };
  }
  return cut(text, block, 0, to, []);
}
