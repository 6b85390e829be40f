/**
 * `npm run bench`: prints a table per benchmark and writes everything to bench-results/bench.json.
 * Sizes are compared within one run (these machines are shared and noisy), so each figure sits
 * next to the one it should be read against. BENCH_SIZES="1,100,1000" overrides the synthetic corpus
 * sizes; BENCH_ARTICLES (or --50k) the research-scale corpus (default 10,000; 0 skips it), measured
 * in Node and then in Chromium (chromium-bench.ts; BENCH_CHROMIUM=0 skips that part).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchAnchoring, benchCorpus, QUERIES, type CorpusRow } from './node-bench';
import { benchLargeText } from './large-text';
import { benchPaint } from './paint-bench';
import { benchImport } from './import-bench';
import { benchScale, printScale, type ScaleResult } from './scale-bench';
import { benchChromium, type ChromiumResult } from './chromium-bench';

const root = resolve(__dirname, '../..');
const seedText = readFileSync(join(root, 'resources/corpus/000_8a7174939e31e350.txt'), 'utf8');
const sizes = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number).filter((n) => n > 0);

function printCorpus(rows: CorpusRow[]): void {
  console.log('\nCorpus build and index load');
  console.table(rows.map((r) => ({ articles: r.articles, 'parse ms': r.parseMs, 'index ms': r.indexMs, 'index KB': Math.round(r.indexBytes / 1024), 'load ms': r.loadMs, 'heap after load MB': r.heapAfterLoadMb })));
  console.log('Search latency, median ms (p95) [results], by corpus size');
  console.table(
    Object.fromEntries(QUERIES.map((q) => [q, Object.fromEntries(rows.map((r) => [`${r.articles} articles`, `${r.search[q]!.medianMs} (${r.search[q]!.p95Ms}) [${r.search[q]!.results}]`]))])),
  );
}

async function main(): Promise<void> {
  const articles = process.argv.includes('--50k') ? 50_000 : Number(process.env.BENCH_ARTICLES ?? 10_000);
  let scale: ScaleResult | null = null;
  if (articles > 0) {
    scale = benchScale(root, articles);
    printScale(scale);
  }

  // The renderer at the same scale, in Chromium (BENCH_CHROMIUM=0 skips it).
  let chromiumScale: ChromiumResult | null = null;
  if (articles > 0 && process.env.BENCH_CHROMIUM !== '0') {
    chromiumScale = await benchChromium(root, articles);
    console.log(`\nThe renderer at ${articles} articles, in Chromium (medians of 3 fresh tabs; the 1-article library is measured in the same run)`);
    if ('skipped' in chromiumScale) console.log(`skipped: ${chromiumScale.skipped}`);
    else console.table(chromiumScale.rows);
  }

  const corpus = sizes.map((n) => {
    process.stdout.write(`corpus of ${n}… `);
    const row = benchCorpus(seedText, n);
    process.stdout.write('done\n');
    return row;
  });
  printCorpus(corpus);

  const anchoring = benchAnchoring(seedText);
  console.log('\nRe-anchoring 1,000 highlights on the seed article');
  console.table(anchoring.map((a) => ({ scenario: a.scenario, 'median ms': a.medianMs, ...a.statuses })));

  console.log('\nA 20 MB plain-text source (target: builds within 1 GB)');
  const largeText = benchLargeText(seedText);
  console.table([largeText]);

  const paint = await benchPaint(root);
  console.log('\nPainting highlights in the reader (Chromium)');
  if ('skipped' in paint) console.log(`skipped: ${paint.skipped}`);
  else console.table(paint.rows);

  // BENCH_IMPORT_FILES=0 skips it (it builds the app and drives Chromium for a few minutes).
  const importFiles = Number(process.env.BENCH_IMPORT_FILES ?? 1000);
  const importRun = importFiles > 0 ? await benchImport(root, importFiles) : { skipped: 'BENCH_IMPORT_FILES=0' };
  console.log(`\nImporting ${importFiles} mixed files (.txt, .md, .html, .epub) in the app (Chromium; target: no main-thread task over 100 ms)`);
  if ('skipped' in importRun) console.log(`skipped: ${importRun.skipped}`);
  else console.table([{ ...importRun, longTasks: undefined, 'long tasks (>50 ms)': importRun.longTasks.count, 'over 100 ms': importRun.longTasks.over100, 'longest ms': importRun.longTasks.maxMs }]);

  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'bench.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine: machine(), scale, chromiumScale, corpus, anchoring, largeText, paint, import: importRun }, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
}

function machine(): Record<string, unknown> {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg().map((l) => Math.round(l * 10) / 10) };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
