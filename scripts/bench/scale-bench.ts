/**
 * Research scale: Gloss beside its peers on the 10,000-article benchmark corpus (50,000 with
 * BENCH_ARTICLES=50000 or `npm run bench -- --50k`), every figure measured in this run, each engine in
 * its own fresh process (scale-child.ts). Ratios to MiniSearch are what the targets name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { ensureBenchCorpus } from './bench-corpus';

const ENGINES = ['gloss', 'gloss-lunr', 'minisearch', 'flexsearch', 'lunr'] as const;
type Engine = (typeof ENGINES)[number];
const LABELS: Record<Engine, string> = { gloss: 'Gloss', 'gloss-lunr': 'Gloss before (Lunr JSON)', minisearch: 'MiniSearch 7.2', flexsearch: 'FlexSearch 0.8', lunr: 'Lunr 2.3 (plain)' };
const FIRST_QUERY = 'government';

export interface ScaleResult {
  articles: number;
  corpus: string;
  engines: Record<string, { build: { ms: number; peakRssMb: number }; diskBytes: number; files: Record<string, number>; first: { ms: number; peakRssMb: number; hits: number }; warm: { p95: number; worstKindP95: number; kinds: Record<string, { p50: number; p95: number }> } }>;
  equality: { articles: number; queries: number; mismatches: unknown[] } | { skipped: string };
  table: Record<string, Record<string, string>>;
}

/**
 * scale-child.ts compiled once into one plain JavaScript file (the packages stay require()d from
 * node_modules), so each measured process is Node and the engine, not Node, tsx and the TypeScript
 * compiler as well: tsx alone took ~75 MB of every child's peak RSS, for every engine alike.
 */
function compiledChild(root: string): string {
  const file = join(root, 'bench-results', 'scale-child.cjs');
  mkdirSync(dirname(file), { recursive: true });
  buildSync({ entryPoints: [join(root, 'scripts/bench/scale-child.ts')], outfile: file, bundle: true, platform: 'node', format: 'cjs', target: 'node22', packages: 'external', logLevel: 'warning' });
  return file;
}

let childFile: string | null = null;

function child(root: string, args: string[]): Record<string, unknown> {
  childFile ??= compiledChild(root);
  const out = execFileSync(process.execPath, [childFile, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = out.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}

function sizes(dir: string, engine: Engine): Record<string, number> {
  const wanted: Record<Engine, string[]> = {
    gloss: ['search-index.bin', 'library.json', 'article-text.jsonl'],
    'gloss-lunr': ['search-index.json', 'library-v1.json'],
    minisearch: ['minisearch.json'],
    flexsearch: ['flexsearch.json'],
    lunr: ['lunr.json'],
  };
  const present = new Set(readdirSync(dir));
  return Object.fromEntries(wanted[engine].filter((f) => present.has(f)).map((f) => [f, statSync(join(dir, f)).size]));
}

export function benchScale(root: string, count: number): ScaleResult {
  const src = ensureBenchCorpus(root, count);
  const work = join(root, 'bench-results', `scale-${count}`);
  rmSync(work, { recursive: true, force: true });
  const engines: ScaleResult['engines'] = {};
  const skipBefore = process.env.BENCH_SKIP_BEFORE === '1' || count > 20_000;
  // BENCH_ENGINES="gloss,minisearch" measures only those (MiniSearch, the ratios' base, always).
  const only = process.env.BENCH_ENGINES ? new Set(['minisearch', ...process.env.BENCH_ENGINES.split(',')]) : null;
  for (const engine of ENGINES) {
    if (engine === 'gloss-lunr' && skipBefore) continue;
    if (only && !only.has(engine)) continue;
    const dir = join(work, engine);
    process.stdout.write(`${LABELS[engine]}: build… `);
    const build = child(root, ['build', engine, src, dir]) as ScaleResult['engines'][string]['build'];
    process.stdout.write('first answer… ');
    const first = child(root, ['first', engine, dir, FIRST_QUERY]) as ScaleResult['engines'][string]['first'];
    process.stdout.write('warm queries… ');
    const warm = child(root, ['warm', engine, dir]) as ScaleResult['engines'][string]['warm'];
    process.stdout.write('done\n');
    const files = sizes(dir, engine);
    // What search reads: Gloss's index and metadata (article text is read only for the 20 snippets
    // shown, and the reader needs it anyway); each peer's one index file.
    const diskBytes = engine === 'gloss' ? (files['search-index.bin'] ?? 0) + (files['library.json'] ?? 0) : Object.values(files).reduce((a, b) => a + b, 0);
    engines[engine] = { build, first, warm, files, diskBytes };
  }
  let equality: ScaleResult['equality'];
  if (count > 20_000) equality = { skipped: 'Lunr’s own index of a library this size needs more memory than the comparison is worth' };
  else {
    process.stdout.write('equality of the compact index with Lunr’s, every benchmark query… ');
    equality = child(root, ['equality', src]) as ScaleResult['equality'];
    process.stdout.write('done\n');
  }
  return { articles: count, corpus: src, engines, equality, table: table(engines) };
}

function table(engines: ScaleResult['engines']): Record<string, Record<string, string>> {
  const mini = engines.minisearch!;
  const ratio = (value: number, base: number) => (base > 0 ? ` (${(value / base).toFixed(2)}×)` : '');
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const rows: Record<string, Record<string, string>> = {};
  for (const [engine, e] of Object.entries(engines)) {
    rows[LABELS[engine as Engine]] = {
      'first answer ms': `${e.first.ms}${ratio(e.first.ms, mini.first.ms)}`,
      'first answer peak RSS': `${e.first.peakRssMb} MB${ratio(e.first.peakRssMb, mini.first.peakRssMb)}`,
      'search reads on disk': `${mb(e.diskBytes)}${ratio(e.diskBytes, mini.diskBytes)}`,
      'warm p95 ms (worst kind)': `${e.warm.p95} (${e.warm.worstKindP95})`,
      'build ms': `${e.build.ms}${ratio(e.build.ms, mini.build.ms)}`,
      'build peak RSS': `${e.build.peakRssMb} MB`,
    };
  }
  return rows;
}

export function printScale(result: ScaleResult): void {
  console.log(`\nResearch scale: ${result.articles} benchmark articles (${result.corpus}); ratios are to MiniSearch, same run`);
  console.table(result.table);
  const gloss = result.engines.gloss;
  if (gloss) {
    console.log('Gloss warm latency by query kind, ms: p50 / p95 (limit 20, snippets and matches included)');
    console.table(Object.fromEntries(Object.entries(gloss.warm.kinds).map(([k, v]) => [k, `${v.p50} / ${v.p95}`])));
  }
  if ('skipped' in result.equality) console.log(`Equality with Lunr: skipped (${result.equality.skipped})`);
  else console.log(`Equality with Lunr's own index: ${result.equality.queries} queries on ${result.equality.articles} articles, ${result.equality.mismatches.length} differences`);
}
