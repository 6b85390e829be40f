import { foldChars, hasUnspacedScript, normaliseTerm, segmentWords } from '../text';

/** One word of a text, with its offsets in that text and its search form. */
export interface Word {
  start: number;
  end: number;
  /** Folded (quotes, diacritics, case) with apostrophes and combining marks dropped: "Kata’ib" → "kataib". */
  norm: string;
}

export type { TextRange } from '../model/range';

// A word starts with a letter or digit; an apostrophe joins two parts (Iran's, Kata'ib) but never starts
// or ends one, so 'quoted' words lose their quotes. Hyphens, slashes and dots separate words, which makes
// "al-Muhandis" the two words "al" and "muhandis" and "PMOI/MEK" the words "pmoi" and "mek".
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:'[\p{L}\p{N}\p{M}]+)*/gu;
const DROPPED = /['\p{M}]/gu;
const HAS_DROPPED = /['\p{M}]/u;
const MARKS = /\p{M}/gu;

/**
 * The search form of one word as typed or written. This is the Lunr pipeline's first step (glossFold)
 * and the query's, so indexing and querying cannot drift apart. Combining marks are dropped here
 * because foldChars() keeps a lone combining mark (it must preserve length).
 */
export function normaliseWord(raw: string): string {
  return normaliseTerm(raw).replace(MARKS, '');
}

/** Words of `text`; offsets are shifted by `base` so block-local words carry whole-text offsets. */
export function tokenizeWords(text: string, base = 0): Word[] {
  const words: Word[] = [];
  forEachWord(text, (start, end, norm) => words.push({ start: base + start, end: base + end, norm }));
  return words;
}

/** The search forms of the words of `text`, as tokenizeWords finds them, without their offsets. */
export function wordNorms(text: string): string[] {
  const norms: string[] = [];
  forEachWord(text, (_start, _end, norm) => norms.push(norm));
  return norms;
}

/**
 * Visits the words of `text` in order, as tokenizeWords finds them, without keeping them: the index
 * builder goes through a 20 MB text this way without an object per word.
 */
export function forEachWord(text: string, visit: (start: number, end: number, norm: string) => void): void {
  const folded = foldChars(text);
  for (const m of folded.matchAll(WORD)) {
    const word = m[0];
    if (!hasUnspacedScript(word)) {
      const norm = normOf(word);
      if (norm !== '') visit(m.index, m.index + word.length, norm);
      continue;
    }
    for (const [start, end] of wordParts(word, m.index)) {
      const norm = normOf(folded.slice(start, end));
      if (norm !== '') visit(start, end, norm);
    }
  }
}

/** A match is one word, unless it is (or has) Chinese, Japanese or Thai text: that is segmented. */
function wordParts(match: string, at: number): [number, number][] {
  if (!hasUnspacedScript(match)) return [[at, at + match.length]];
  return segmentWords(match).map((w) => [at + w.start, at + w.end]);
}

function normOf(raw: string): string {
  return HAS_DROPPED.test(raw) ? raw.replace(DROPPED, '') : raw;
}
