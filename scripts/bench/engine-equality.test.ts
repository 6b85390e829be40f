import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../shared/corpus';
import { ALL_BENCH_QUERIES, BENCH_QUERIES } from '../../shared/search/testing/bench-queries';
import { benchFiles } from './bench-corpus';
import { compareEngines } from './engine-equality';

const root = resolve(__dirname, '../..');
const decoder = new TextDecoder();

// A slice of the benchmark corpus small enough for npm test: every 60th of the first 12,000 sources,
// so both State of the Union sections and mail are in it. `npm run bench` runs the same comparison
// on the whole 10,000-article library.
const sources = benchFiles(root, 12_000)
  .filter((_, i) => i % 60 === 0)
  .map((f) => ({ file: f.file, text: decoder.decode(f.bytes) }));
const { articles } = buildCorpus(sources);

describe('the compact index', () => {
  it('answers every benchmark query exactly as the engine over Lunr’s own index does', () => {
    expect(articles.length).toBeGreaterThan(190);
    const report = compareEngines(articles, ALL_BENCH_QUERIES);
    expect(report.queries).toBe(ALL_BENCH_QUERIES.length);
    expect(report.mismatches).toEqual([]);
    // The one deliberate difference in rule (engine-equality.ts): fuzzy words compare the word as
    // typed, so those queries are checked against Lunr's index lent the compact index's words.
    expect(report.surfaceRule).toEqual([...BENCH_QUERIES.fuzzy!, ...BENCH_QUERIES['typo fallback']!]);
    expect(report.stemRuleDiffers).toContain('economey~1');
  });
});
