import { editDistanceWithin } from './edit-distance';
import { isStopWord, stemWord } from './pipeline';
import type { QueryClause, QueryWord } from './query-ast';
import type { TextRange, Word } from './tokenize';

export type WordTest = (norm: string) => boolean;

/**
 * The text-side meaning of a query word; the index-side meaning (resolveClause) must agree with it.
 * Stop words are not in the index, so no query word matches them here either (`th*` finds "this" and
 * "thus" but not "the"), except a stop word typed inside a phrase, which matches itself.
 */
/**
 * How `word~n` compares: `surface`, the word as written with the word as typed (both folded, neither
 * stemmed: `economey~1` finds "economy"), what the compact index supports with the words it stores
 * for each term; `stem`, their Porter stems, all an index without those words (Lunr's) can offer.
 */
export type FuzzyRule = 'surface' | 'stem';

export function wordTest(word: QueryWord, fuzzy: FuzzyRule = 'surface'): WordTest {
  switch (word.mode) {
    case 'prefix':
      return (norm) => norm.startsWith(word.norm) && !isStopWord(norm);
    case 'fuzzy': {
      if (fuzzy === 'surface') return (norm) => editDistanceWithin(norm, word.norm, word.distance) <= word.distance && !isStopWord(norm);
      const target = stemWord(word.norm);
      return (norm) => editDistanceWithin(stemWord(norm), target, word.distance) <= word.distance && !isStopWord(norm);
    }
    case 'stem': {
      // A stop word inside a phrase is checked only in the text, as written.
      if (isStopWord(word.norm)) return (norm) => norm === word.norm;
      const target = stemWord(word.norm);
      // Porter keeps a word's first letter, so most words are ruled out before they are stemmed.
      const first = target.charCodeAt(0);
      // "one" and the stop word "on" share the stem "on"; only "one" is in the index.
      return (norm) => norm.charCodeAt(0) === first && stemWord(norm) === target && !isStopWord(norm);
    }
  }
}

/** A clause compiled for scanning word lists: one test per word, matched at consecutive words. */
export type ClauseMatcher = WordTest[];

export function clauseMatcher(clause: QueryClause, fuzzy: FuzzyRule = 'surface'): ClauseMatcher {
  return clause.words.map((w) => wordTest(w, fuzzy));
}

/** Every place in `words` (one block: phrases never span blocks) where the clause matches. */
export function clauseRanges(matcher: ClauseMatcher, words: Word[]): TextRange[] {
  const ranges: TextRange[] = [];
  const n = matcher.length;
  for (let i = 0; i + n <= words.length; i++) {
    let k = 0;
    while (k < n && matcher[k]!(words[i + k]!.norm)) k++;
    if (k === n) ranges.push({ start: words[i]!.start, end: words[i + n - 1]!.end });
  }
  return ranges;
}

/** Sorts ranges and merges the ones that overlap, so marks never nest. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
