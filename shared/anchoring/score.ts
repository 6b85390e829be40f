import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../model';

/** A place the quote might now be: [start, end) with `errors` edits between it and the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** 1 − errors / quote length. */
  quoteScore: number;
  /** Mean similarity of the stored prefix and suffix to the text around the candidate. */
  contextScore: number;
  /** Weighted total in 0..1, used to rank candidates. */
  score: number;
}

// Hypothesis's match-quote weights: the quote dominates, context separates similar matches,
// and position only breaks ties between otherwise identical ones (duplicated passages).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

// An empty prefix (suffix) means the quote began (ended) the text. Another candidate at the text's
// edge agrees fully; anywhere else is neither evidence for nor against it.
const EDGE_UNKNOWN = 0.5;

/** How well `wanted` appears in `found`: 1 verbatim, falling by one edit per character. */
export function similarity(found: string, wanted: string): number {
  if (wanted.length === 0) return 1;
  if (found.length === 0) return 0;
  if (found.includes(wanted)) return 1;
  const best = approxSearch(found, wanted, wanted.length)[0];
  return best === undefined ? 0 : Math.max(0, 1 - best.errors / wanted.length);
}

export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const prefix =
    quote.prefix.length === 0
      ? start === 0 ? 1 : EDGE_UNKNOWN
      : similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffix =
    quote.suffix.length === 0
      ? end === text.length ? 1 : EDGE_UNKNOWN
      : similarity(text.slice(end, end + quote.suffix.length), quote.suffix);
  return (prefix + suffix) / 2;
}

/** Scores a candidate; `hint` is the start offset the highlight had when it was made. */
export function scoreCandidate(text: string, c: Candidate, quote: TextQuoteSelector, hint: number): ScoredCandidate {
  const quoteScore = Math.max(0, 1 - c.errors / quote.exact.length);
  const ctx = contextScore(text, c.start, c.end, quote);
  const positionScore = Math.max(0, 1 - Math.abs(c.start - hint) / Math.max(1, text.length));
  const raw = QUOTE_WEIGHT * quoteScore + (PREFIX_WEIGHT + SUFFIX_WEIGHT) * ctx + POSITION_WEIGHT * positionScore;
  return { ...c, quoteScore, contextScore: ctx, score: raw / MAX_SCORE };
}

/** The highest-scoring candidate that `accept` lets through, or undefined. */
export function bestCandidate(
  candidates: readonly ScoredCandidate[],
  accept: (c: ScoredCandidate) => boolean,
): ScoredCandidate | undefined {
  let best: ScoredCandidate | undefined;
  for (const c of candidates) {
    if (accept(c) && (best === undefined || c.score > best.score)) best = c;
  }
  return best;
}
