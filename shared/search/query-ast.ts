import type { IndexField } from './fields';

/**
 * How one query word matches a word of the text:
 * - stem: same Porter stem ("protest" finds protests, protesters); also inside quotes, so that
 *   "Iranian regime" finds "the Iranian regime’s goal" (as Elasticsearch's analysed phrases do)
 * - prefix: the folded word starts with it (`gov*`)
 * - fuzzy: stems within `distance` edits (`term~1`, or the typo fallback)
 */
export type WordMode = 'stem' | 'prefix' | 'fuzzy';

export interface QueryWord {
  /** As typed, for messages. */
  text: string;
  /** normaliseWord() of the text: folded, apostrophes dropped. */
  norm: string;
  mode: WordMode;
  /** Allowed edits for fuzzy words; 0 otherwise. */
  distance: number;
}

export interface QueryClause {
  /** One word, or several that must appear next to each other in this order (a phrase). */
  words: QueryWord[];
  /** Fields the clause must match in; null means any field. */
  fields: IndexField[] | null;
  /** Typed in "quotes": taken as meant, never respelled by the typo fallback. */
  quoted: boolean;
  /** `-word`: articles containing it are left out. */
  exclude: boolean;
  /** The clause as typed, for messages. */
  text: string;
}

export interface ParsedQuery {
  clauses: QueryClause[];
  /** Stop words left out of the search ("the"), as typed. */
  dropped: string[];
  /** True when the query was too long and only its beginning was used. */
  truncated: boolean;
}
