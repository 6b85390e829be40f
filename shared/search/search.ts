import type { Article, Library } from '../model';
import { AnalysisCache, textBlocksIn, type ArticleAnalysis } from './article-analysis';
import { ArticleWordsCache, IdClauseMatcher, NormTable } from './article-words';
import { loadIndex, type LoadedIndex } from './loaded-index';
import { clauseRanges, mergeRanges } from './match-words';
import { candidateRefs, resolveClause, verdict, type ResolvedClause, type Verdict } from './resolve-clause';
import { parseQuery } from './parse-query';
import { isStopWord, stemWord } from './pipeline';
import type { ParsedQuery, QueryClause, QueryWord } from './query-ast';
import { buildSnippet, type Snippet } from './snippet';
import type { TextRange } from './tokenize';
import { closeMatchesNote, emptyQueryMessage, noMatchesMessage, ONLY_EXCLUSIONS, truncatedNote } from './messages';

export interface SearchResult {
  articleId: string;
  title: string;
  source: string | null;
  published: string | null;
  score: number;
  snippet: Snippet;
  /** Every match in articleText(article), in document order, merged where they overlap. */
  matches: TextRange[];
}

export interface SearchResponse {
  results: SearchResult[];
  /** "No matches for …", a note such as "Showing close matches for …", or null. */
  message: string | null;
}

export interface SearchOptions {
  /** Most results to return (default 50). */
  limit?: number;
}

export interface Searcher {
  search(query: string, opts?: SearchOptions): SearchResponse;
  /**
   * The query's matches in one article, exactly the `matches` its search result would carry (typo
   * fallback, phrases and prefixes included; exclusions and other articles mark nothing), without
   * ranking the library or building snippets; [] when the article is not a result, unknown or the
   * query is empty. Never throws.
   */
  matchesIn(articleId: string, query: string): TextRange[];
  /** Why search cannot work (the index did not load), or null. search() then answers with this message. */
  readonly problem: string | null;
}

export const DEFAULT_LIMIT = 50;
// localeCompare's order, from one collator: building the comparison's options per call is what made sorting slow.
const collator = new Intl.Collator();
const MAX_LIMIT = 1000;

export function createSearcher(library: Library, indexJson: unknown): Searcher {
  const loaded = loadIndex(indexJson);
  if (!loaded.ok) {
    return { problem: loaded.problem, search: () => ({ results: [], message: loaded.problem }), matchesIn: () => [] };
  }
  const engine = new Engine(library.articles, loaded.value);
  return {
    problem: null,
    search(query, opts) {
      try {
        return engine.search(typeof query === 'string' ? query : '', opts?.limit);
      } catch (e) {
        // A safety net: no query should get here, but a search box must never take the app down.
        return { results: [], message: `Search failed on this query (${e instanceof Error ? e.message : String(e)}).` };
      }
    },
    matchesIn(articleId, query) {
      try {
        return engine.matchesIn(articleId, typeof query === 'string' ? query : '');
      } catch {
        // Marks are a convenience: the reader still shows the article without them.
        return [];
      }
    },
  };
}

class Engine {
  private readonly articles = new Map<string, Article>();
  private readonly cache = new AnalysisCache();
  private readonly words = new ArticleWordsCache(new NormTable());
  private readonly idMatchers = new WeakMap<ResolvedClause, IdClauseMatcher>();

  constructor(articles: Article[], private readonly idx: LoadedIndex) {
    for (const a of articles) if (!this.articles.has(a.id)) this.articles.set(a.id, a);
  }

  search(query: string, limitOption: number | undefined): SearchResponse {
    const parsed = parseQuery(query);
    const positives = parsed.clauses.filter((c) => !c.exclude);
    if (positives.length === 0) {
      return { results: [], message: parsed.clauses.length > 0 ? ONLY_EXCLUSIONS : emptyQueryMessage(query, parsed.dropped) };
    }
    const limit = limitOption !== undefined && Number.isFinite(limitOption) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(limitOption))) : DEFAULT_LIMIT;
    let clauses = parsed.clauses.map((c) => resolveClause(c, this.idx));
    let note = parsed.truncated ? truncatedNote() : null;
    let found = this.bestMatches(clauses, limit);
    if (found.length === 0) {
      const retry = this.withTypoTolerance(parsed);
      if (retry) {
        const retryClauses = retry.clauses.map((c) => resolveClause(c, this.idx));
        const retryFound = this.bestMatches(retryClauses, limit);
        if (retryFound.length > 0) {
          clauses = retryClauses;
          found = retryFound;
          note = closeMatchesNote(retry.fuzzed);
        }
      }
    }
    if (found.length === 0) return { results: [], message: noMatchesMessage(query) };
    const shown = clauses.filter((c) => !c.clause.exclude);
    return { results: found.map(({ ref, score }) => this.result(this.articles.get(ref)!, score, shown)), message: note };
  }

  /**
   * search()'s `matches` for one article. The article's own verdict decides, except for the typo
   * fallback, which search() takes only when no article at all matches as typed: one best match
   * (not the whole ranked list) answers that.
   */
  matchesIn(articleId: string, query: string): TextRange[] {
    const article = this.articles.get(articleId);
    if (!article) return [];
    const parsed = parseQuery(query);
    if (!parsed.clauses.some((c) => !c.exclude)) return [];
    const clauses = parsed.clauses.map((c) => resolveClause(c, this.idx));
    if (this.isMatch(clauses, articleId)) return this.marks(article, clauses);
    if (this.bestMatches(clauses, 1).length > 0) return [];
    const retry = this.withTypoTolerance(parsed);
    if (!retry) return [];
    const retryClauses = retry.clauses.map((c) => resolveClause(c, this.idx));
    return this.isMatch(retryClauses, articleId) ? this.marks(article, retryClauses) : [];
  }

  private isMatch(clauses: ResolvedClause[], ref: string): boolean {
    const positives = clauses.filter((c) => !c.clause.exclude);
    if (!positives.every((c) => candidateRefs(c, this.idx).has(ref))) return false;
    const exclusions = clauses.filter((c) => c.clause.exclude).map((c) => ({ c, refs: candidateRefs(c, this.idx) }));
    return this.matchesAll(positives, exclusions, ref);
  }

  private marks(article: Article, clauses: ResolvedClause[]): TextRange[] {
    return matchesIn(this.cache.get(article), clauses.filter((c) => !c.clause.exclude));
  }

  /**
   * The `limit` best-ranked matching articles. Candidates come from the postings (AND across clauses,
   * OR across a word's terms) and are ranked before they are checked: the order of two articles does
   * not depend on which others match, so checking in rank order and stopping at `limit` gives exactly
   * the top of the full list, while the text (read only where the index cannot decide) is read for
   * about `limit` articles instead of every candidate when most of them match.
   */
  private bestMatches(clauses: ResolvedClause[], limit: number): { ref: string; score: number }[] {
    const positives = clauses.filter((c) => !c.clause.exclude);
    const sets = positives.map((c) => candidateRefs(c, this.idx)).sort((a, b) => a.size - b.size);
    const candidates = [...(sets[0] ?? [])].filter((ref) => this.articles.has(ref) && sets.every((s) => s.has(ref)));
    const exclusions = clauses.filter((c) => c.clause.exclude).map((c) => ({ c, refs: candidateRefs(c, this.idx) }));
    const found: { ref: string; score: number }[] = [];
    for (const hit of this.rank(clauses, candidates)) {
      if (this.matchesAll(positives, exclusions, hit.ref)) found.push(hit);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Every positive clause and no excluded one in the article: the index first, the text only if still undecided. */
  private matchesAll(positives: ResolvedClause[], exclusions: { c: ResolvedClause; refs: Set<string> }[], ref: string): boolean {
    const pending: { c: ResolvedClause; want: boolean }[] = [];
    for (const c of positives) {
      const v = this.verdict(c, ref);
      if (v === 'no') return false;
      if (v === 'text') pending.push({ c, want: true });
    }
    for (const { c, refs } of exclusions) {
      const v = refs.has(ref) ? this.verdict(c, ref) : 'no';
      if (v === 'yes') return false;
      if (v === 'text') pending.push({ c, want: false });
    }
    return pending.every(({ c, want }) => this.inText(c, ref) === want);
  }

  private verdict(c: ResolvedClause, ref: string): Verdict {
    return c.settledByPostings ? 'yes' : verdict(c, this.idx, ref);
  }

  private inText(c: ResolvedClause, ref: string): boolean {
    let matcher = this.idMatchers.get(c);
    if (!matcher) this.idMatchers.set(c, (matcher = new IdClauseMatcher(c.matcher, this.words.table)));
    return matcher.occursIn(this.words.get(this.articles.get(ref)!), c.clause.fields);
  }

  /** Lunr's BM25 scores (field boosts baked in at build) for every term the query resolved to. */
  private rank(clauses: ResolvedClause[], refs: string[]): { ref: string; score: number }[] {
    const scores = this.idx.scores(clauses.filter((c) => !c.clause.exclude).map((c) => ({ terms: c.terms, fields: c.clause.fields })));
    return refs
      .map((ref) => ({ ref, score: scores.get(ref) ?? 0, published: this.articles.get(ref)!.published ?? '' }))
      .sort((a, b) => b.score - a.score || collator.compare(b.published, a.published) || collator.compare(a.ref, b.ref))
      .map(({ ref, score }) => ({ ref, score }));
  }

  private result(article: Article, score: number, clauses: ResolvedClause[]): SearchResult {
    const analysis = this.cache.get(article);
    const matches = matchesIn(analysis, clauses);
    return {
      articleId: article.id,
      title: article.title,
      source: article.source,
      published: article.published,
      score,
      snippet: buildSnippet(analysis.text, analysis.blocks, matches),
      matches,
    };
  }

  /**
   * When nothing matched and some plain words are not in the index at all, retry with those words
   * spelled loosely (Sulaimani → Soleimani). Quoted words and prefixes are taken as meant.
   */
  private withTypoTolerance(parsed: ParsedQuery): { clauses: QueryClause[]; fuzzed: string[] } | null {
    const fuzzed: string[] = [];
    const clauses = parsed.clauses.map((c) => {
      if (c.exclude || c.quoted) return c;
      const words = c.words.map((w): QueryWord => {
        const distance = typoDistance(w.norm);
        if (w.mode !== 'stem' || distance === 0 || this.idx.vocabulary.has(stemWord(w.norm)) || isStopWord(w.norm)) return w;
        fuzzed.push(w.text);
        return { ...w, mode: 'fuzzy', distance };
      });
      return { ...c, words };
    });
    return fuzzed.length > 0 ? { clauses, fuzzed } : null;
  }
}

function matchesIn(analysis: ArticleAnalysis, clauses: ResolvedClause[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const c of clauses) for (const block of textBlocksIn(analysis, c.clause.fields)) ranges.push(...clauseRanges(c.matcher, block.words));
  return mergeRanges(ranges);
}

// Short words have too many neighbours one edit away to guess which was meant.
function typoDistance(norm: string): number {
  return norm.length < 4 ? 0 : norm.length < 7 ? 1 : 2;
}
