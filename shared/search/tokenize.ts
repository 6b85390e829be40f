import { foldChars, normaliseTerm } from '../text';

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
  const folded = foldChars(text);
  const words: Word[] = [];
  for (const m of folded.matchAll(WORD)) {
    const norm = normOf(m[0]);
    if (norm !== '') words.push({ start: base + m.index, end: base + m.index + m[0].length, norm });
  }
  return words;
}

/** The search forms of the words of `text`, as tokenizeWords finds them, without their offsets. */
export function wordNorms(text: string): string[] {
  const norms: string[] = [];
  for (const m of foldChars(text).matchAll(WORD)) {
    const norm = normOf(m[0]);
    if (norm !== '') norms.push(norm);
  }
  return norms;
}

function normOf(raw: string): string {
  return HAS_DROPPED.test(raw) ? raw.replace(DROPPED, '') : raw;
}
