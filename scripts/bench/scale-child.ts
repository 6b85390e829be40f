/**
 * One measurement in a fresh Node process, so each engine's load and memory are its own:
 *
 *   scale-child.ts build ENGINE SRC OUT     read + parse the corpus, index it, write the index
 *   scale-child.ts first ENGINE OUT QUERY   read the index files, load them, answer one query
 *   scale-child.ts warm ENGINE OUT          load, then time every benchmark query (p50/p95 per kind)
 *   scale-child.ts equality SRC             the engine over Lunr's index vs the compact one, every query
 *   scale-child.ts baseline                 nothing: the peak RSS of the process itself
 *
 * Engines: gloss (the compact index and packed text), gloss-lunr (what Gloss shipped before: Lunr's
 * JSON and a library.json of whole articles), and the peers minisearch, flexsearch and lunr (plain),
 * given the same fields of the same articles. The last stdout line is the result as JSON, with
 * process.resourceUsage().maxRSS as the peak resident memory.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Library } from '../../shared/model/article';
import { INDEX_FIELDS, indexDocument, type IndexDocument } from '../../shared/search/fields';
import { BENCH_QUERIES, ALL_BENCH_QUERIES } from '../../shared/search/testing/bench-queries';

// Each task and engine loads only what it uses (import() below): a process that answers with
// MiniSearch holds no Lunr and no HTML parser, one that answers with Gloss no MiniSearch, so each
// peak RSS is Node plus that engine.

type Engine = 'gloss' | 'gloss-lunr' | 'minisearch' | 'flexsearch' | 'lunr';
const FIELDS = [...INDEX_FIELDS];
const MINISEARCH_OPTIONS = { fields: FIELDS, idField: 'id' };
const FLEX_OPTIONS = { document: { id: 'id', index: FIELDS } };
const LIMIT = 20;

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Every article of the corpus, streamed (the callback sees one at a time). */
async function eachArticle(src: string, use: (a: Article) => void): Promise<void> {
  const { forEachSource, listSources } = await import('../build/read-sources');
  const { parseSourceReason } = await import('../../shared/corpus');
  const listing = await listSources(src);
  if (!listing.ok) throw new Error(listing.error);
  const ids = new Set<string>();
  await forEachSource(listing.value.entries, (item) => {
    if ('reason' in item) return;
    const parsed = parseSourceReason(item.file, item.text);
    if (!parsed.ok || ids.has(parsed.value.id)) return;
    ids.add(parsed.value.id);
    use(parsed.value);
  });
}

async function build(engine: Engine, src: string, out: string): Promise<Record<string, unknown>> {
  mkdirSync(out, { recursive: true });
  const start = performance.now();
  if (engine === 'gloss') {
    const { buildCommand } = await import('../cli/build-command');
    const io = { out: () => {}, err: () => {}, color: false };
    if ((await buildCommand({ src, out }, io)) !== 0) throw new Error('gloss build failed');
  } else if (engine === 'gloss-lunr') {
    // The build as it was: every article in memory, Lunr's Builder, two JSON files.
    const { buildSearchIndex } = await import('../../shared/search/build-index');
    const articles: Article[] = [];
    await eachArticle(src, (a) => articles.push(a));
    const library: Library = { formatVersion: 1, builtAt: new Date(0).toISOString(), articles };
    writeFileSync(join(out, 'library-v1.json'), `${JSON.stringify(library, null, 2)}\n`);
    writeFileSync(join(out, 'search-index.json'), `${JSON.stringify(buildSearchIndex(articles).toJSON())}\n`);
  } else if (engine === 'minisearch') {
    const { default: MiniSearch } = await import('minisearch');
    const index = new MiniSearch<IndexDocument>(MINISEARCH_OPTIONS);
    await eachArticle(src, (a) => index.add(indexDocument(a)));
    writeFileSync(join(out, 'minisearch.json'), JSON.stringify(index));
  } else if (engine === 'flexsearch') {
    const { Document } = await import('flexsearch');
    const index = new Document(FLEX_OPTIONS);
    await eachArticle(src, (a) => index.add(indexDocument(a)));
    const parts: Record<string, string> = {};
    await index.export((key: string, data: string) => {
      parts[key] = data;
    });
    writeFileSync(join(out, 'flexsearch.json'), JSON.stringify(parts));
  } else {
    const { default: lunr } = await import('lunr');
    const builder = new lunr.Builder();
    builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    builder.searchPipeline.add(lunr.stemmer);
    builder.ref('id');
    for (const f of FIELDS) builder.field(f);
    await eachArticle(src, (a) => builder.add(indexDocument(a)));
    const fd = openSync(join(out, 'lunr.json'), 'w');
    writeSync(fd, JSON.stringify(builder.build()));
    closeSync(fd);
  }
  return { ms: Math.round(performance.now() - start), peakRssMb: peakRssMb() };
}

interface Loaded {
  search(query: string): number;
}

/** Reads and loads an engine's files; search() answers one query, returning the hit count. */
async function load(engine: Engine, out: string): Promise<Loaded> {
  if (engine === 'gloss') {
    const { loadIndex } = await import('../cli/load-index');
    const { createSearcher } = await import('../../shared/search/search');
    const loaded = await loadIndex(out);
    if (!loaded.ok) throw new Error(loaded.error);
    const searcher = createSearcher(loaded.value.library, loaded.value.index);
    if (searcher.problem) throw new Error(searcher.problem);
    // Snippets and matches for the first 20 results are part of every answer.
    return { search: (q) => searcher.search(q, { limit: LIMIT }).results.length };
  }
  if (engine === 'gloss-lunr') {
    const { createSearcher } = await import('../../shared/search/search');
    const library = JSON.parse(readFileSync(join(out, 'library-v1.json'), 'utf8')) as Library;
    const searcher = createSearcher(library, JSON.parse(readFileSync(join(out, 'search-index.json'), 'utf8')));
    return { search: (q) => searcher.search(q, { limit: LIMIT }).results.length };
  }
  if (engine === 'minisearch') {
    const { default: MiniSearch } = await import('minisearch');
    const index = MiniSearch.loadJSON<IndexDocument>(readFileSync(join(out, 'minisearch.json'), 'utf8'), MINISEARCH_OPTIONS);
    return { search: (q) => index.search(miniQuery(q), miniOptions(q)).slice(0, LIMIT).length };
  }
  if (engine === 'flexsearch') {
    const { Document } = await import('flexsearch');
    const index = new Document(FLEX_OPTIONS);
    const parts = JSON.parse(readFileSync(join(out, 'flexsearch.json'), 'utf8')) as Record<string, string>;
    for (const [key, data] of Object.entries(parts)) await index.import(key, data);
    return { search: (q) => (index.search(plainWords(q), { limit: LIMIT }) as { result: unknown[] }[]).reduce((n, r) => n + r.result.length, 0) };
  }
  const { default: lunr } = await import('lunr');
  const index = lunr.Index.load(JSON.parse(readFileSync(join(out, 'lunr.json'), 'utf8')));
  return {
    search: (q) => {
      try {
        return index.search(q.replace(/"/g, '')).slice(0, LIMIT).length;
      } catch {
        return 0;
      }
    },
  };
}

// The peers' nearest equivalents of Gloss's query language (they have no phrases, and prefix and
// fuzzy are per-search options rather than per word): close enough to time the same kind of work.
const plainWords = (q: string) => q.replace(/["*]|~\d?|\b\w+:|(^|\s)-\S+/g, ' ').trim();
const miniQuery = (q: string) => plainWords(q);
function miniOptions(q: string) {
  const field = /\b(\w+):/.exec(q)?.[1];
  return { combineWith: 'AND' as const, prefix: q.includes('*'), fuzzy: /~/.test(q) ? 0.2 : false, ...(field && FIELDS.includes(field as never) ? { fields: [field] } : {}) };
}

async function first(engine: Engine, out: string, query: string): Promise<Record<string, unknown>> {
  const start = performance.now();
  const loaded = await load(engine, out);
  const hits = loaded.search(query);
  return { ms: Math.round(performance.now() - start), peakRssMb: peakRssMb(), hits };
}

async function warm(engine: Engine, out: string): Promise<Record<string, unknown>> {
  const loaded = await load(engine, out);
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  const kinds: Record<string, { p50: number; p95: number; samples: number }> = {};
  const all: number[] = [];
  for (const [kind, queries] of Object.entries(BENCH_QUERIES)) {
    const samples: number[] = [];
    for (const q of queries) {
      loaded.search(q);
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        loaded.search(q);
        samples.push(performance.now() - t);
      }
    }
    all.push(...samples);
    kinds[kind] = { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples: samples.length };
  }
  return { kinds, p95: quantile(all, 0.95), worstKindP95: Math.max(...Object.values(kinds).map((k) => k.p95)) };
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
}

async function equality(src: string): Promise<Record<string, unknown>> {
  const { compareEngines } = await import('./engine-equality');
  const articles: Article[] = [];
  await eachArticle(src, (a) => articles.push(a));
  const report = compareEngines(articles, ALL_BENCH_QUERIES);
  return { articles: articles.length, queries: report.queries, mismatches: report.mismatches };
}

async function main(): Promise<void> {
  const [task, a, b, c] = process.argv.slice(2);
  let result: Record<string, unknown>;
  if (task === 'build') result = await build(a as Engine, b!, c!);
  else if (task === 'first') result = await first(a as Engine, b!, c!);
  else if (task === 'warm') result = await warm(a as Engine, b!);
  else if (task === 'equality') result = await equality(a!);
  else if (task === 'baseline') result = { peakRssMb: peakRssMb() };
  else throw new Error(`unknown task ${task}`);
  console.log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
