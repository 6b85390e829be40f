import type { Article, Library } from '../model';
import { isArticleSource, librarySource, type ArticleSource, type ArticleSummary } from './article-source';
import { AnalysisCache, textBlocksIn, type ArticleAnalysis } from './article-analysis';
import { ArticleWordsCache, IdClauseMatcher, NormTable } from './article-words';
import { loadIndex, type LoadedIndex } from './loaded-index';
import { clauseRanges, mergeRanges } from './match-words';
import { candidateDocs, resolveClause, verdict, type ResolvedClause, type Verdict } from './resolve-clause';
import { hasDoc, intersectSorted, type DocSet } from './doc-sets';
import { parseQuery } from './parse-query';
import { isStopWord, stemWord } from './pipeline';
import type { ParsedQuery, QueryClause, QueryWord } from './query-ast';
import { buildSnippet, type Snippet } from './snippet';
import type { TextRange } from './tokenize';
import { closeMatchesNote, emptyQueryMessage, noMatchesMessage, ONLY_EXCLUSIONS, truncatedNote } from './messages';
import { errorText } from '../model/error-text';

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
  /** The page asked for (offset, limit) of the ranked matches. */
  results: SearchResult[];
  /**
   * How many articles match in all. Exact when totalIsExact; otherwise a lower bound: past the page,
   * articles only their text could settle (a stop word inside a phrase, a prefix known by a short
   * stem) are not read just to be counted.
   */
  total: number;
  totalIsExact: boolean;
  /** "No matches for …", a note such as "Showing close matches for …", or null. */
  message: string | null;
}

/** An article's marks for a query: in its text (articleText offsets) and in its title (offsets into the title). */
export interface ArticleMarks {
  text: TextRange[];
  title: TextRange[];
}

const NO_MARKS: ArticleMarks = { text: [], title: [] };

export interface SearchOptions {
  /** Most results to return (default 50). */
  limit?: number;
  /** Ranked matches to skip first (default 0): the next page starts where the last one ended. */
  offset?: number;
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
  /**
   * matchesIn's marks, plus the title's own: a title word the query matches (a clause for every field
   * or for `title:`), so the reader marks the title like the text. Both empty exactly when matchesIn
   * would find the article no match; the title's may be the only ones. Never throws.
   */
  marksIn(articleId: string, query: string): ArticleMarks;
  /** Why search cannot work (the index did not load), or null. search() then answers with this message. */
  readonly problem: string | null;
}

interface Hit {
  doc: number;
  score: number;
}
interface Exclusion {
  c: ResolvedClause;
  docs: DocSet;
}

export const DEFAULT_LIMIT = 50;
// localeCompare's order, from one collator: building the comparison's options per call is what made sorting slow.
const collator = new Intl.Collator();
const MAX_LIMIT = 1000;

/**
 * A searcher over an index (the compact index's bytes, or Lunr's JSON) and its articles: a Library
 * in memory, or an ArticleSource that reads text on demand.
 */
export function createSearcher(library: Library | ArticleSource, indexJson: unknown): Searcher {
  const loaded = loadIndex(indexJson);
  if (!loaded.ok) {
    return { problem: loaded.problem, search: () => ({ results: [], total: 0, totalIsExact: true, message: loaded.problem }), matchesIn: () => [], marksIn: () => NO_MARKS };
  }
  return searcherOver(library, loaded.value);
}

/** A searcher over an index already loaded (the equality test loads Lunr's with words lent to it). */
export function searcherOver(library: Library | ArticleSource, index: LoadedIndex): Searcher {
  return createSearcherOver(isArticleSource(library) ? library : librarySource(library), index);
}

/** A searcher over an index already loaded (the user index's merged view of the bundled and imported articles). */
export function createSearcherOver(articles: ArticleSource, index: LoadedIndex): Searcher {
  const engine = new Engine(articles, index);
  const marksIn = (articleId: string, query: string): ArticleMarks => {
    try {
      return engine.marksIn(articleId, typeof query === 'string' ? query : '');
    } catch {
      // Marks are a convenience: the reader still shows the article without them.
      return NO_MARKS;
    }
  };
  return {
    problem: null,
    search(query, opts) {
      try {
        return engine.search(typeof query === 'string' ? query : '', opts?.limit, opts?.offset);
      } catch (e) {
        // A safety net: no query should get here, but a search box must never take the app down.
        return { results: [], total: 0, totalIsExact: true, message: `Search failed on this query (${errorText(e)}).` };
      }
    },
    matchesIn: (articleId, query) => marksIn(articleId, query).text,
    marksIn,
  };
}

class Engine {
  private readonly cache = new AnalysisCache();
  private readonly words = new ArticleWordsCache(new NormTable());
  private readonly idMatchers = new WeakMap<ResolvedClause, IdClauseMatcher>();

  private readonly summaries: (ArticleSummary | null | undefined)[] = [];
  private ties: Int32Array | null = null;

  constructor(
    private readonly articles: ArticleSource,
    private readonly idx: LoadedIndex,
  ) {}

  search(query: string, limitOption: number | undefined, offsetOption: number | undefined): SearchResponse {
    const parsed = parseQuery(query);
    const positives = parsed.clauses.filter((c) => !c.exclude);
    if (positives.length === 0) {
      return { results: [], total: 0, totalIsExact: true, message: parsed.clauses.length > 0 ? ONLY_EXCLUSIONS : emptyQueryMessage(query, parsed.dropped) };
    }
    const limit = limitOption !== undefined && Number.isFinite(limitOption) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(limitOption))) : DEFAULT_LIMIT;
    let clauses = parsed.clauses.map((c) => resolveClause(c, this.idx));
    let note = parsed.truncated ? truncatedNote() : null;
    const offset = offsetOption !== undefined && Number.isFinite(offsetOption) ? Math.max(0, Math.floor(offsetOption)) : 0;
    let found = this.bestMatches(clauses, offset + limit, true);
    if (found.total === 0) {
      const retry = this.withTypoTolerance(parsed);
      if (retry) {
        const retryClauses = retry.clauses.map((c) => resolveClause(c, this.idx));
        const retryFound = this.bestMatches(retryClauses, offset + limit, true);
        if (retryFound.total > 0) {
          clauses = retryClauses;
          found = retryFound;
          note = closeMatchesNote(retry.fuzzed);
        }
      }
    }
    if (found.total === 0) return { results: [], total: 0, totalIsExact: true, message: noMatchesMessage(query) };
    const shown = clauses.filter((c) => !c.clause.exclude);
    return {
      results: found.hits.slice(offset).map(({ doc, score }) => this.result(this.articles.article(this.idx.ref(doc))!, score, shown)),
      total: found.total,
      totalIsExact: found.exact,
      message: note,
    };
  }

  /**
   * search()'s `matches` for one article. The article's own verdict decides, except for the typo
   * fallback, which search() takes only when no article at all matches as typed: one best match
   * (not the whole ranked list) answers that.
   */
  marksIn(articleId: string, query: string): ArticleMarks {
    const article = this.articles.article(articleId);
    const doc = this.idx.docNumber(articleId);
    if (!article || doc === undefined) return NO_MARKS;
    const parsed = parseQuery(query);
    if (!parsed.clauses.some((c) => !c.exclude)) return NO_MARKS;
    const clauses = parsed.clauses.map((c) => resolveClause(c, this.idx));
    if (this.isMatch(clauses, doc)) return this.marks(article, clauses);
    if (this.bestMatches(clauses, 1, false).hits.length > 0) return NO_MARKS;
    const retry = this.withTypoTolerance(parsed);
    if (!retry) return NO_MARKS;
    const retryClauses = retry.clauses.map((c) => resolveClause(c, this.idx));
    return this.isMatch(retryClauses, doc) ? this.marks(article, retryClauses) : NO_MARKS;
  }

  private isMatch(clauses: ResolvedClause[], doc: number): boolean {
    const positives = clauses.filter((c) => !c.clause.exclude);
    if (!positives.every((c) => hasDoc(candidateDocs(c, this.idx), doc))) return false;
    return this.matchesAll(positives, this.exclusions(clauses), doc);
  }

  private exclusions(clauses: ResolvedClause[]): Exclusion[] {
    return clauses.filter((c) => c.clause.exclude).map((c) => ({ c, docs: candidateDocs(c, this.idx) }));
  }

  /** An article's summary by document number, looked up once (ranking asks for thousands per query). */
  private summary(doc: number): ArticleSummary | null {
    let s = this.summaries[doc];
    if (s === undefined) s = this.summaries[doc] = this.articles.metaOf(this.idx.ref(doc)) ?? null;
    return s;
  }

  private marks(article: Article, clauses: ResolvedClause[]): ArticleMarks {
    const analysis = this.cache.get(article);
    const positives = clauses.filter((c) => !c.clause.exclude);
    return { text: matchesIn(analysis, positives), title: titleMatches(analysis, positives) };
  }

  /**
   * The `limit` best-ranked matching articles, and how many match in all. Candidates come from the
   * postings (AND across clauses, OR across a word's terms) and are ranked before they are checked:
   * the order of two articles does not depend on which others match, so checking in rank order and
   * stopping at `limit` gives exactly the top of the full list, while the text (read only where the
   * index cannot decide) is read for about `limit` articles instead of every candidate. Past the
   * page, `count` goes on through the candidates the index alone can settle.
   */
  private bestMatches(clauses: ResolvedClause[], limit: number, count: boolean): { hits: Hit[]; total: number; exact: boolean } {
    const positives = clauses.filter((c) => !c.clause.exclude);
    const sets = positives.map((c) => candidateDocs(c, this.idx)).sort((a, b) => a.length - b.length);
    let common = sets[0] ?? new Int32Array(0);
    for (const s of sets.slice(1)) common = intersectSorted(common, s);
    const candidates = common.filter((doc) => this.summary(doc) !== null);
    const exclusions = this.exclusions(clauses);
    const hits: Hit[] = [];
    const { ranked, scores, sorted, order } = this.rank(clauses, candidates, limit);
    let i = 0;
    let sortedEnd = sorted;
    for (; i < ranked.length && hits.length < limit; i++) {
      // Checks turned down more of the best than expected: put the rest in order too.
      if (i === sortedEnd) sortedEnd = ranked.subarray(i).sort(order).length + i;
      if (this.matchesAll(positives, exclusions, ranked[i]!)) hits.push({ doc: ranked[i]!, score: scores[ranked[i]!]! });
    }
    let total = hits.length;
    let exact = true;
    if (count) {
      for (; i < ranked.length; i++) {
        const answer = this.matchesAll(positives, exclusions, ranked[i]!, false);
        if (answer === true) total++;
        else if (answer === undefined) exact = false;
      }
    }
    return { hits, total, exact };
  }

  /** Every positive clause and no excluded one in the article: the index first, the text only if still undecided. */
  private matchesAll(positives: ResolvedClause[], exclusions: Exclusion[], doc: number): boolean;
  private matchesAll(positives: ResolvedClause[], exclusions: Exclusion[], doc: number, readText: false): boolean | undefined;
  /** With readText false, undefined when only the text could tell. */
  private matchesAll(positives: ResolvedClause[], exclusions: Exclusion[], doc: number, readText = true): boolean | undefined {
    const pending: { c: ResolvedClause; want: boolean }[] = [];
    for (const c of positives) {
      const v = this.verdict(c, doc);
      if (v === 'no') return false;
      if (v === 'text') pending.push({ c, want: true });
    }
    for (const { c, docs } of exclusions) {
      const v = hasDoc(docs, doc) ? this.verdict(c, doc) : 'no';
      if (v === 'yes') return false;
      if (v === 'text') pending.push({ c, want: false });
    }
    if (pending.length === 0) return true;
    if (!readText) return undefined;
    return pending.every(({ c, want }) => this.inText(c, doc) === want);
  }

  private verdict(c: ResolvedClause, doc: number): Verdict {
    return c.settledByPostings ? 'yes' : verdict(c, this.idx, doc);
  }

  private inText(c: ResolvedClause, doc: number): boolean {
    let matcher = this.idMatchers.get(c);
    if (!matcher) this.idMatchers.set(c, (matcher = new IdClauseMatcher(c.matcher, this.words.table)));
    return matcher.occursIn(this.words.get(this.articles.article(this.idx.ref(doc))!), c.clause.fields);
  }

  /**
   * Lunr's BM25 scores for every term the query resolved to, best first; ties by date (newest first),
   * then id, in localeCompare's order (one collator, consulted only on ties).
   */
  private rank(clauses: ResolvedClause[], docs: Int32Array, wanted: number): { ranked: Int32Array; scores: Float64Array; sorted: number; order: (a: number, b: number) => number } {
    const scores = this.idx.scores(clauses.filter((c) => !c.clause.exclude).map((c) => ({ terms: c.terms, fields: c.clause.fields })));
    const ties = this.tieOrder();
    const order = (a: number, b: number) => scores[b]! - scores[a]! || ties[a]! - ties[b]!;
    // Document numbers in a typed array, not an object per candidate: a common word has thousands.
    const head = wanted + 32;
    if (docs.length <= 2 * head) return { ranked: docs.sort(order), scores, sorted: docs.length, order };
    // Only the best few need an order (counting the rest does not): the documents scoring at least
    // the head-th best score (a native numeric sort finds it), in order, then the rest as they are.
    // Every one of the rest scores lower than every one of the head, so the head is the list's top.
    const candidateScores = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) candidateScores[i] = scores[docs[i]!]!;
    const threshold = candidateScores.sort()[docs.length - head]!;
    const ranked = new Int32Array(docs.length);
    let top = 0;
    let rest = docs.length;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (scores[doc]! >= threshold) ranked[top++] = doc;
      else ranked[--rest] = doc;
    }
    ranked.subarray(0, top).sort(order);
    return { ranked, scores, sorted: top, order };
  }

  /**
   * Every document's place in the tie order (date, newest first, then id, by the collator), worked
   * out once: a query ranks thousands of candidates, and comparing strings on each tie was the most
   * expensive part of ranking. The sort is stable, as Array#sort is, so documents the collator cannot
   * tell apart keep their document order, as they did when compared per query.
   */
  private tieOrder(): Int32Array {
    if (this.ties) return this.ties;
    const n = this.idx.documentCount;
    const published = Array.from({ length: n }, (_, doc) => this.summary(doc)?.published ?? '');
    const refs = Array.from({ length: n }, (_, doc) => this.idx.ref(doc));
    const order = Array.from({ length: n }, (_, doc) => doc).sort((a, b) => collator.compare(published[b]!, published[a]!) || collator.compare(refs[a]!, refs[b]!));
    const ties = new Int32Array(n);
    order.forEach((doc, place) => (ties[doc] = place));
    return (this.ties = ties);
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

/** The clauses' matches in the title (offsets into it): the clauses for every field or for `title:`. */
function titleMatches(analysis: ArticleAnalysis, clauses: ResolvedClause[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const c of clauses) if (c.clause.fields === null || c.clause.fields.includes('title')) ranges.push(...clauseRanges(c.matcher, analysis.title));
  return mergeRanges(ranges);
}

// Short words have too many neighbours one edit away to guess which was meant.
function typoDistance(norm: string): number {
  return norm.length < 4 ? 0 : norm.length < 7 ? 1 : 2;
}
