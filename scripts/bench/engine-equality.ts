import type { Article, Library } from '../../shared/model/article';
import { buildCompactIndex, buildSearchIndex } from '../../shared/search/build-index';
import { loadCompactIndex } from '../../shared/search/compact/compact-index';
import { loadLunrIndex } from '../../shared/search/lunr-index';
import { parseQuery } from '../../shared/search/parse-query';
import { searcherOver, type SearchResponse } from '../../shared/search/search';

export interface EqualityReport {
  queries: number;
  /** Queries whose answers differ in any way (refs, order, scores, snippets, matches, message). */
  mismatches: { query: string; lunr: string; compact: string }[];
  /**
   * Queries with a fuzzy word (`word~n`, or the typo fallback): compared with the reference given the
   * compact index's surface words, since the rule is edit distance on the word as typed and Lunr's
   * index holds only stems.
   */
  surfaceRule: string[];
  /** Of those, the ones Lunr's index alone (fuzzy on stems) answers differently: the rule's real effect. */
  stemRuleDiffers: string[];
}

/**
 * Runs every query through the engine over Lunr's own index (the reference: ranking by
 * lunr.Index.query) and over the compact index, and compares the whole answers, scores with ===.
 *
 * The one deliberate difference in rule: `word~n` compares the word as typed with the words the
 * library has (economey~1 finds "economy"), which needs the words behind each stem; Lunr's index
 * keeps none, so alone it compares stems ("economei" is two edits from "economi"). A query with a
 * fuzzy word, typed or from the typo fallback, is therefore compared with Lunr's index lent the
 * compact index's surface words (loadLunrIndex's surfaceWords): the same resolution of words into
 * terms, so scores, order, snippets and matches are still Lunr's, exactly.
 */
export function compareEngines(articles: Article[], queries: readonly string[], limit = 1000): EqualityReport {
  const library: Library = { formatVersion: 1, builtAt: '', articles };
  const lunrJson: unknown = JSON.parse(JSON.stringify(buildSearchIndex(articles)));
  const compactIndex = loaded(loadCompactIndex(buildCompactIndex(articles)));
  const lunrSearcher = searcherOver(library, loaded(loadLunrIndex(lunrJson)));
  const lunrWithWords = searcherOver(library, loaded(loadLunrIndex(lunrJson, (term) => compactIndex.surfaceWords!(term))));
  const compactSearcher = searcherOver(library, compactIndex);
  const mismatches: EqualityReport['mismatches'] = [];
  const surfaceRule: string[] = [];
  const stemRuleDiffers: string[] = [];
  for (const query of queries) {
    const b = compactSearcher.search(query, { limit });
    const plain = lunrSearcher.search(query, { limit });
    const fuzzy = parseQuery(query).clauses.some((c) => c.words.some((w) => w.mode === 'fuzzy')) || /close matches/.test(b.message ?? '') || /close matches/.test(plain.message ?? '');
    const a = fuzzy ? lunrWithWords.search(query, { limit }) : plain;
    if (fuzzy) {
      surfaceRule.push(query);
      if (!same(plain, b)) stemRuleDiffers.push(query);
    }
    if (!same(a, b)) mismatches.push({ query, lunr: summary(a), compact: summary(b) });
  }
  return { queries: queries.length, mismatches, surfaceRule, stemRuleDiffers };
}

function loaded<T>(outcome: { ok: true; value: T } | { ok: false; problem: string }): T {
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.value;
}

/**
 * Results (refs, order, scores with ===, snippets, matches) and message identical. Totals: equal when
 * both are exact; past the page Lunr's index (no surface forms) may only bound the count of a prefix
 * query from below, where the compact index counts exactly, so then the compact total must be at
 * least Lunr's.
 */
function same(lunrAnswer: SearchResponse, compact: SearchResponse): boolean {
  const { total: lt, totalIsExact: le, ...l } = lunrAnswer;
  const { total: ct, totalIsExact: ce, ...c } = compact;
  const totals = le && ce ? lt === ct : le ? false : ct >= lt;
  return totals && JSON.stringify(l) === JSON.stringify(c) && l.results.every((r, i) => r.score === c.results[i]!.score);
}

function summary(r: SearchResponse): string {
  return `total ${r.total}${r.totalIsExact ? '' : '+'}, ${r.results.length} results: ${r.results.slice(0, 5).map((x) => `${x.articleId} ${x.score}`).join(', ')}`;
}
