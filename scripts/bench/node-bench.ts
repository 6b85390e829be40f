/**
 * The Node-side benchmarks: corpus build, index load, search latency by query form, and re-anchoring.
 * Figures are for comparing within one run (ratios between sizes and query forms), not absolute targets.
 */
import { anchorAll, describeRange } from '../../shared/anchoring';
import { buildCorpus } from '../../shared/corpus';
import { articleText } from '../../shared/model/article-text';
import type { Library } from '../../shared/model/article';
import type { Highlight } from '../../shared/model/annotation';
import { hash64 } from '../../shared/text/hash';
import { createSearcher } from '../../shared/search';
import { buildCompactIndex } from '../../shared/search/build-index';
import { heapMb, repeat, round, time } from './measure';
import { syntheticCorpus } from './synthetic-corpus';

export const QUERIES = ['protest', "Iran's regime", '"the Iranian regime"', 'gov*', 'Soleimany', 'title:iran', 'protest -Sadr', 'the'];

export interface CorpusRow {
  articles: number;
  parseMs: number;
  indexMs: number;
  indexBytes: number;
  loadMs: number;
  heapAfterLoadMb: number;
  search: Record<string, { medianMs: number; p95Ms: number; results: number }>;
}

export function benchCorpus(seedText: string, count: number): CorpusRow {
  const sources = syntheticCorpus(seedText, count);
  const parsed = time(() => buildCorpus(sources));
  const articles = parsed.value.articles;
  const built = time(() => buildCompactIndex(articles));
  const bytes = built.value;
  const library: Library = { formatVersion: 1, builtAt: new Date(0).toISOString(), articles };
  const heapBefore = heapMb();
  const loaded = time(() => createSearcher(library, bytes));
  const heapAfter = heapMb();
  const searcher = loaded.value;
  const search: CorpusRow['search'] = {};
  for (const q of QUERIES) {
    const results = searcher.search(q, { limit: 20 }).results.length;
    search[q] = { ...repeat(() => searcher.search(q, { limit: 20 }), count > 500 ? 10 : 30), results };
  }
  return {
    articles: articles.length,
    parseMs: round(parsed.ms),
    indexMs: round(built.ms),
    indexBytes: bytes.length,
    loadMs: round(loaded.ms),
    heapAfterLoadMb: round(heapAfter - heapBefore),
    search,
  };
}

export interface AnchorRow {
  scenario: string;
  highlights: number;
  medianMs: number;
  statuses: Record<string, number>;
}

/** 1,000 highlights on the seed article, re-anchored after three kinds of edit. */
export function benchAnchoring(seedText: string): AnchorRow[] {
  const [article] = buildCorpus([{ file: 'seed.txt', text: seedText }]).articles;
  if (!article) throw new Error('The seed document did not parse.');
  const text = articleText(article);
  const random = (() => {
    let s = 42;
    return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  })();
  const highlights: Highlight[] = Array.from({ length: 1000 }, (_, i) => {
    const start = Math.floor(random() * (text.length - 200));
    const end = start + 10 + Math.floor(random() * 180);
    const { quote, position } = describeRange(text, start, end);
    return { id: `h${i}`, articleId: article.id, color: 'yellow', quote, position, contentHash: hash64(text), tags: [], createdAt: '', updatedAt: '', revision: 1 };
  });
  const scenarios: [string, string][] = [
    ['unchanged text', text],
    ['paragraph inserted at start', `A new opening paragraph about the protests.\n\n${text}`],
    ['every "the regime" edited', text.replace(/the regime/g, 'the government')],
  ];
  return scenarios.map(([scenario, edited]) => {
    const result = anchorAll(edited, highlights);
    const statuses: Record<string, number> = {};
    for (const r of result.values()) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    return { scenario, highlights: highlights.length, medianMs: repeat(() => anchorAll(edited, highlights), 5).medianMs, statuses };
  });
}

