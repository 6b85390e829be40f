import type { TextQuoteSelector } from '../model';
import type { TextSelectors } from './describe-range';
import { approxCandidates, contextCandidates, exactCandidates, SHORT_QUOTE } from './fuzzy-search';
import { bestCandidate, scoreCandidate, type Candidate, type ScoredCandidate } from './score';

export type AnchorResult =
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number }
  | { status: 'orphan' };

const ORPHAN: AnchorResult = { status: 'orphan' };

// A short quote is not evidence of place on its own: its context must still agree. On the seed
// article, the contexts of other occurrences of "the regime", "Iraq" etc. score 0.3 (max 0.52),
// while a place whose prefix or suffix alone survives scores about 0.65 or more.
const SHORT_QUOTE_MIN_CONTEXT = 0.6;
// A fuzzy match is accepted when the weighted score (quote, context, position) is convincing...
const FUZZY_MIN_SCORE = 0.7;
// ...or, for a quote of two context-lengths or more, when the quote alone is close enough that its
// neighbours having been rewritten too should not orphan it. 64 chars within 20% edits of another
// passage of the same article is not a coincidence.
const LONG_ENOUGH_ALONE = 64;
const ALONE_MIN_QUOTE_SCORE = 0.8;

/**
 * Places a highlight on (possibly changed) text, trying in order: the stored position, the exact
 * quote elsewhere, then a fuzzy quote. What none of them place convincingly is an orphan.
 * After Hypothesis's match-quote.ts: string in, match out, no DOM.
 */
export function anchor(text: string, sel: TextSelectors): AnchorResult {
  const { quote, position } = sel;
  const exact = quote.exact;
  if (exact.length === 0) return ORPHAN;
  const short = exact.length < SHORT_QUOTE;

  const { start, end } = position;
  if (
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length &&
    text.slice(start, end) === exact &&
    (!short || contextUnchanged(text, start, end, quote))
  ) {
    return { status: 'exact', start, end };
  }

  const hint = Number.isFinite(start) ? start : 0;
  const score = (cs: Candidate[]) => cs.map((c) => scoreCandidate(text, c, quote, hint));
  const contextOk = (c: ScoredCandidate) => !short || c.contextScore >= SHORT_QUOTE_MIN_CONTEXT;

  // Occurrences still framed by their verbatim prefix and suffix win outright (then the nearest);
  // scoring the others would cost two small fuzzy searches each, for a quote like "e" hundreds.
  const occurrences = exactCandidates(text, exact);
  const framed = occurrences.filter((c) => contextUnchanged(text, c.start, c.end, quote));
  const moved = bestCandidate(score(framed.length > 0 ? framed : occurrences), contextOk);
  if (moved !== undefined) {
    // The stored place can win here when only its context changed: it did not move.
    const status = moved.start === start && moved.end === end ? 'exact' : 'moved';
    return { status, start: moved.start, end: moved.end };
  }

  const fuzzy = bestCandidate(
    score([...approxCandidates(text, exact), ...contextCandidates(text, quote)]),
    (c) =>
      contextOk(c) &&
      (c.score >= FUZZY_MIN_SCORE || (exact.length >= LONG_ENOUGH_ALONE && c.quoteScore >= ALONE_MIN_QUOTE_SCORE)),
  );
  if (fuzzy !== undefined) return { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end };
  return ORPHAN;
}

// For a short quote the stored position must still be framed by its very prefix and suffix: after
// an edit a few characters earlier, the same letter or word can sit at the old offset by chance,
// and similar-but-shifted context would still score high there.
function contextUnchanged(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  return text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix && text.slice(end, end + quote.suffix.length) === quote.suffix;
}
