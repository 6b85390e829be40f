import { EMPTY, intersectSorted, unionSorted, type DocSet } from './doc-sets';
import type { LoadedIndex } from './loaded-index';
import { clauseMatcher, type ClauseMatcher } from './match-words';
import { isStopWord, stemWord } from './pipeline';
import type { QueryClause } from './query-ast';

/** The index terms one query word may have been stored as. */
export interface ResolvedWord {
  /** Any of these in an article proves the word is there. */
  sure: string[];
  /** These may stand for the word or for another one: only the text can tell (short stems for a prefix). */
  unsure: string[];
}

/** A clause tied to the index. */
export interface ResolvedClause {
  clause: QueryClause;
  matcher: ClauseMatcher;
  /** Per query word; null for a stop word inside a phrase (never indexed: checked in the text). */
  words: (ResolvedWord | null)[];
  /** Every index term the clause resolved to, for ranking. */
  terms: string[];
  /** A single word known only by sure terms: every candidate from the postings matches. */
  settledByPostings: boolean;
}

export function resolveClause(clause: QueryClause, idx: LoadedIndex): ResolvedClause {
  const vocabulary = idx.vocabulary;
  // Ranking goes by every term a word may have been indexed as, in this order, as with Lunr's index
  // (the order decides how floating-point sums round); matching by the refined classes.
  const ranked: string[] = [];
  const words = clause.words.map((w): ResolvedWord | null => {
    if (w.mode === 'prefix') {
      const candidates = vocabulary.prefixCandidates(w.norm);
      ranked.push(...candidates.sure, ...candidates.unsure);
      return vocabulary.prefixMatches(w.norm);
    }
    if (clause.words.length > 1 && w.mode === 'stem' && isStopWord(w.norm)) return null;
    if (w.mode === 'fuzzy' && vocabulary.hasForms) {
      // Edit distance on the word as typed, against the words the library has (match-words.ts).
      const found = vocabulary.nearForms(w.norm, w.distance);
      ranked.push(...found.ranked);
      return { sure: found.sure, unsure: found.unsure };
    }
    const stem = stemWord(w.norm);
    const found = { sure: w.mode === 'fuzzy' ? vocabulary.near(stem, w.distance) : vocabulary.has(stem) ? [stem] : [], unsure: [] };
    ranked.push(...found.sure);
    return found;
  });
  const terms = [...new Set(ranked)];
  const settledByPostings = words.length === 1 && words[0] !== null && words[0]!.unsure.length === 0;
  return { clause, matcher: clauseMatcher(clause, vocabulary.hasForms ? 'surface' : 'stem'), words, terms, settledByPostings };
}

/** Documents that may match the clause: every indexed word present (through any of its terms), ascending. */
export function candidateDocs(rc: ResolvedClause, idx: LoadedIndex): DocSet {
  let docs: DocSet | undefined;
  for (const w of rc.words) {
    if (w === null) continue;
    const union = unionSorted([...w.sure, ...w.unsure].map((t) => idx.docsWith(t, rc.clause.fields)), idx.documentCount);
    docs = docs === undefined ? union : intersectSorted(docs, union);
    if (docs.length === 0) break;
  }
  return docs ?? EMPTY;
}

export type Verdict = 'yes' | 'no' | 'text';

/**
 * Whether a candidate article matches, decided from the index where it can be: single words by their
 * sure terms, phrases by the word positions stored with each posting. 'text' means only the article's
 * text can tell (a stop word inside a phrase, a prefix known only by a short stem, an index without positions).
 */
export function verdict(rc: ResolvedClause, idx: LoadedIndex, doc: number): Verdict {
  const fields = rc.clause.fields ?? idx.fields;
  if (rc.words.length === 1) {
    const w = rc.words[0]!;
    if (w === null) return 'text';
    if (w.sure.some((t) => fields.some((f) => idx.positions(t, f, doc) !== undefined))) return 'yes';
    return w.unsure.length > 0 ? 'text' : 'no';
  }
  const certain = rc.words.every((w) => w !== null && w.unsure.length === 0);
  let unknown = false;
  for (const field of fields) {
    const lists: (ArrayLike<number> | null)[] = [];
    let state: 'all' | 'absent' | 'unknown' = 'all';
    for (const w of rc.words) {
      const l = w === null ? null : positionList(w, idx, field, doc);
      if (l === 'unknown') {
        state = 'unknown';
        lists.push(null);
      } else if (l !== null && l.length === 0) {
        // A word not in this field rules the field out, whatever the others hold.
        state = 'absent';
        break;
      } else lists.push(l);
    }
    if (state === 'absent') continue;
    if (state === 'unknown') {
      unknown = true;
      continue;
    }
    if (adjacent(lists)) return certain ? 'yes' : 'text';
  }
  return unknown ? 'text' : 'no';
}

const NONE: ArrayLike<number> = new Int32Array(0);

/**
 * The word's positions in one field of the document, ascending: the index's own list when the word
 * has one term (no copy: counting a phrase's matches checks thousands of documents), merged when more.
 */
function positionList(w: ResolvedWord, idx: LoadedIndex, field: string, doc: number): ArrayLike<number> | 'unknown' {
  let only: ArrayLike<number> | null = null;
  let merged: number[] | null = null;
  for (let k = 0; k < w.sure.length + w.unsure.length; k++) {
    const t = k < w.sure.length ? w.sure[k]! : w.unsure[k - w.sure.length]!;
    const found = idx.positions(t, field, doc);
    if (found === null) return 'unknown';
    if (!found || found.length === 0) continue;
    if (only === null) only = found;
    else {
      merged ??= Array.from(only);
      for (let i = 0; i < found.length; i++) merged.push(found[i]!);
    }
  }
  return merged ? merged.sort((a, b) => a - b) : (only ?? NONE);
}

/** Whether some start s has word k of the phrase at position s + k for every indexed word k. */
function adjacent(lists: (ArrayLike<number> | null)[]): boolean {
  let anchor = -1;
  for (let k = 0; k < lists.length; k++) {
    const l = lists[k];
    if (l && (anchor === -1 || l.length < lists[anchor]!.length)) anchor = k;
  }
  if (anchor === -1) return false;
  const base = lists[anchor]!;
  for (let i = 0; i < base.length; i++) {
    const start = base[i]! - anchor;
    let all = true;
    for (let k = 0; k < lists.length && all; k++) {
      const l = lists[k];
      if (l && k !== anchor && !includesSorted(l, start + k)) all = false;
    }
    if (all) return true;
  }
  return false;
}

function includesSorted(sorted: ArrayLike<number>, value: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
