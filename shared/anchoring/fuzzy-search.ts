import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../model';
import type { Candidate } from './score';

/**
 * Edits allowed between a quote and its new text: a quarter of its length. That absorbs a changed
 * word in a phrase ("the regime" → "the regimes" is 1 of 2) or a reworded clause in a sentence,
 * while a match that differs in more than one character in four is more likely another passage.
 */
export function errorBudget(length: number): number {
  return Math.floor(length / 4);
}

/**
 * Up to this length the quote is searched for directly in the whole text. approx-string-match costs
 * O(n · k/32) for k allowed errors; at 128 chars k ≤ 32, one or two 32-bit blocks per text character.
 * Longer quotes are located by probes and only then compared in full, inside a small window.
 */
export const LONG_QUOTE = 128;

/** Quotes shorter than their context recur ("the regime"); they need context to be placed. */
export const SHORT_QUOTE = 32;

// 32 chars is one machine word for approx-string-match, so each probe is a single-block scan. Up to
// six probes spread over the quote mean an edit anywhere leaves most of them intact; head and tail
// go first, and once two probes agree on where the quote starts the rest are not needed (probing
// is most of the cost of a long fuzzy anchor: each probe scans the whole text).
const PROBE_LENGTH = 32;
const PROBE_BUDGET = 4;
const PROBE_ORDER = [0, 5, 2, 3, 1, 4];
const PROBE_SLOTS = PROBE_ORDER.length - 1;
// Each verification costs O(window · quote/32); bounding the windows keeps a 5,000-char quote cheap.
const MAX_WINDOWS = 8;

/** Every verbatim occurrence of `exact`. */
export function exactCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    out.push({ start: i, end: i + exact.length, errors: 0 });
  }
  return out;
}

/** Approximate occurrences of the quote (only the lowest-error ones, as approx-string-match reports). */
export function approxCandidates(text: string, exact: string): Candidate[] {
  if (exact.length <= LONG_QUOTE) return approxSearch(text, exact, errorBudget(exact.length));
  return probeCandidates(text, exact);
}

/**
 * For short quotes: search for prefix + quote + suffix, then for the quote inside what matched.
 * approx-string-match reports only the lowest-error matches, so an edited short phrase is hidden by
 * any verbatim copy elsewhere; its context, about 64 more characters, is what is distinctive.
 */
export function contextCandidates(text: string, quote: TextQuoteSelector): Candidate[] {
  if (quote.exact.length >= SHORT_QUOTE || quote.prefix.length + quote.suffix.length === 0) return [];
  const needle = quote.prefix + quote.exact + quote.suffix;
  const out: Candidate[] = [];
  for (const m of approxSearch(text, needle, errorBudget(needle.length))) {
    const window = text.slice(m.start, m.end);
    const inner = approxSearch(window, quote.exact, errorBudget(quote.exact.length));
    // Where the quote sat inside its context; the nearest inner match is the one the context frames.
    let best: Candidate | undefined;
    for (const c of inner) {
      if (best === undefined || Math.abs(c.start - quote.prefix.length) < Math.abs(best.start - quote.prefix.length)) best = c;
    }
    if (best !== undefined) out.push({ start: m.start + best.start, end: m.start + best.end, errors: best.errors });
  }
  return out;
}

function probeCandidates(text: string, exact: string): Candidate[] {
  const budget = errorBudget(exact.length);
  const expectedStarts: number[] = [];
  for (const slot of PROBE_ORDER) {
    const offset = Math.round((slot * (exact.length - PROBE_LENGTH)) / PROBE_SLOTS);
    const probe = exact.slice(offset, offset + PROBE_LENGTH);
    for (const m of approxSearch(text, probe, PROBE_BUDGET)) expectedStarts.push(m.start - offset);
    if ((clusters(expectedStarts, budget)[0]?.votes ?? 0) >= 2) break;
  }
  const out: Candidate[] = [];
  for (const w of clusters(expectedStarts, budget).slice(0, MAX_WINDOWS)) {
    const from = Math.max(0, w.first - budget);
    const to = Math.min(text.length, w.last + exact.length + budget);
    for (const m of approxSearch(text.slice(from, to), exact, budget)) {
      out.push({ start: from + m.start, end: from + m.end, errors: m.errors });
    }
  }
  return out;
}

interface Cluster {
  first: number;
  last: number;
  votes: number;
}

/** Groups expected starts lying within `spread` of a cluster's first member; most-voted first. */
function clusters(starts: number[], spread: number): Cluster[] {
  const sorted = [...starts].sort((a, b) => a - b);
  const out: Cluster[] = [];
  for (const s of sorted) {
    const current = out[out.length - 1];
    if (current !== undefined && s - current.first <= spread) {
      current.last = s;
      current.votes++;
    } else {
      out.push({ first: s, last: s, votes: 1 });
    }
  }
  return out.sort((a, b) => b.votes - a.votes);
}
