/**
 * Issue 9's memory target: a 20 MB plain-text source builds (read, decode, parse, re-flow, index)
 * within 1 GB. The build runs in a child process capped at 1 GB of V8 heap, which reports its peak
 * resident set size (RSS, heap plus everything else) and time. Run alone with
 * `node --import tsx scripts/bench/large-text.ts`, or as part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOutputs } from '../build/build-outputs';
import { readSourceTree } from '../build/read-sources';
import { buildCorpus } from '../../shared/corpus';

export interface LargeTextRow {
  megabytes: number;
  ok: boolean;
  words: number | null;
  /** Reading, decoding, parsing and re-flowing (shared/corpus) — peak RSS at the end of it. */
  parseMs: number | null;
  parsePeakRssMb: number | null;
  /** The whole build, including the search index (shared/search). */
  buildMs: number | null;
  peakRssMb: number | null;
  withinLimit: boolean;
  error: string | null;
}

const TARGET_BYTES = 20_000_000;
const LIMIT_MB = 1024;
// The child may use more than the target, so that the figure is measured rather than an OOM crash.
const CHILD_HEAP_MB = 4096;

/** 20 MB of hard-wrapped prose in paragraphs, as a mail archive or a book dump would be. */
function largeText(seedText: string): string {
  const prose = seedText.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 200);
  const wrap = (p: string) => p.replace(/(.{1,72})(\s+|$)/g, '$1\n').trim();
  const parts = ['A very large plain-text source\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const paragraph = wrap(`${i}. ${prose[i % prose.length]!}`);
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

export function benchLargeText(seedText: string): LargeTextRow {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-large-'));
  try {
    mkdirSync(join(dir, 'src'));
    const text = largeText(seedText);
    writeFileSync(join(dir, 'src/large.txt'), text);
    const child = spawnSync(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', __filename, '--child', join(dir, 'src')], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    const megabytes = Math.round(Buffer.byteLength(text) / 1e5) / 10;
    if (child.status !== 0 || !line.startsWith('{')) {
      return { megabytes, ok: false, words: null, parseMs: null, parsePeakRssMb: null, buildMs: null, peakRssMb: null, withinLimit: false, error: (child.stderr || line).slice(-300) };
    }
    const figures = JSON.parse(line) as Pick<LargeTextRow, 'words' | 'parseMs' | 'parsePeakRssMb' | 'buildMs' | 'peakRssMb'>;
    return { megabytes, ok: true, error: null, ...figures, withinLimit: figures.peakRssMb! <= LIMIT_MB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(src: string): Promise<void> {
  const started = performance.now();
  const tree = await readSourceTree(src);
  if (!tree.ok) throw new Error(tree.error);
  // Parsed once on its own to time and measure parsing; dropped before the build parses again.
  const errors = buildCorpus(tree.value.sources).errors;
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  // maxRSS is in kilobytes.
  const parsePeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const parseMs = Math.round(performance.now() - started);
  const outputs = buildOutputs(tree.value.sources, new Date(0).toISOString());
  const words = outputs.library.articles.reduce((n, a) => n + a.wordCount, 0);
  const buildMs = Math.round(performance.now() - started);
  console.log(JSON.stringify({ words, parseMs, parsePeakRssMb, buildMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

if (process.argv[2] === '--child') {
  child(process.argv[3]!).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else if (require.main === module) {
  const seed = readFileSync(join(__dirname, '../../resources/corpus/000_8a7174939e31e350.txt'), 'utf8');
  const row = benchLargeText(seed);
  console.table([row]);
  process.exit(row.ok ? 0 : 1);
}
