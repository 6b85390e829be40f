import { isCompactIndex, loadCompactIndex } from './compact/compact-index';
import type { IndexField } from './fields';
import { loadLunrIndex } from './lunr-index';
import type { DocSet } from './doc-sets';
import type { Vocabulary } from './vocabulary';

/** The terms one query clause ranks by, and the fields it is limited to (null: every field). */
export interface QueryTerms {
  terms: readonly string[];
  fields: readonly IndexField[] | null;
}

/**
 * What the query engine needs from an index. Two implementations: the compact index the app ships
 * (compact/), and Lunr's own serialised index (lunr-index.ts), kept as the reference the compact one
 * is proven equal to.
 */
export interface LoadedIndex {
  vocabulary: Vocabulary;
  fields: readonly IndexField[];
  /** Documents are numbered 0..documentCount-1 in build order; refs are the article ids. */
  readonly documentCount: number;
  ref(doc: number): string;
  docNumber(ref: string): number | undefined;
  /** The documents holding `term` in any of `fields` (null: any field), ascending. */
  docsWith(term: string, fields: readonly IndexField[] | null): DocSet;
  /**
   * Word positions of `term` in one field of one document: undefined when it is not there, null when
   * the index stores no positions (then the text must decide).
   */
  positions(term: string, field: string, doc: number): ArrayLike<number> | null | undefined;
  /** Lunr's BM25 score of every document for these terms (all optional), by document number; 0 where none match. */
  scores(query: readonly QueryTerms[]): Float64Array;
  /** The words (folded, unstemmed) the library had for a term, where the index stores them (the compact one does). */
  surfaceWords?(term: string): readonly string[];
}

export type LoadOutcome = { ok: true; value: LoadedIndex } | { ok: false; problem: string };

/**
 * Loads a serialised index (never rebuilds it): the compact index's bytes (an ArrayBuffer or
 * Uint8Array), or Lunr's JSON as parsed (older builds, and the reference in tests).
 */
export function loadIndex(index: unknown): LoadOutcome {
  if (index instanceof ArrayBuffer) return loadCompactIndex(new Uint8Array(index));
  if (index instanceof Uint8Array) return isCompactIndex(index) ? loadCompactIndex(index) : { ok: false, problem: 'The search index is not a Gloss index. Rebuild the library to make a new one.' };
  return loadLunrIndex(index);
}
