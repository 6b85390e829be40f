import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText, type Article } from '../model';
import { buildCompactIndex, buildSearchIndex } from './build-index';
import type { FuzzyRule } from './match-words';
import { scanMatchRanges as findMatchRanges } from './testing/scan-matches';
import { parseQuery } from './parse-query';
import { createSearcher } from './search';
import { makeArticle } from './testing/make-article';
import { seedArticle } from './testing/seed-fixture';

// A corpus of shuffled seed words: common words co-occur everywhere, so phrases and prefixes are
// decided by positions and stems, not by which articles happen to hold a word.
const seed = seedArticle((p) => readFileSync(p, 'utf8'));
const vocab = articleText(seed).split(/\s+/);
let state = 7;
const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = () => vocab[Math.floor(next() * vocab.length)]!;
const paragraph = (n: number) => Array.from({ length: n }, pick).join(' ');
const articles: Article[] = Array.from({ length: 60 }, (_, i) =>
  makeArticle(`a${i}`, { title: 'Untitled', sections: [{ paragraphs: [paragraph(80), paragraph(40)] }, { heading: paragraph(5), paragraphs: [paragraph(60)] }] }),
);
const library = { formatVersion: 1 as const, builtAt: '', articles };
const indexJson = JSON.parse(JSON.stringify(buildSearchIndex(articles)));
const searcher = createSearcher(library, indexJson);

/** The same index with the word positions taken out, as an older build would have written it. */
function withoutPositions(json: { invertedIndex: [string, Record<string, unknown>][] }): unknown {
  const copy = structuredClone(json);
  for (const [, posting] of copy.invertedIndex) {
    for (const [field, docs] of Object.entries(posting)) if (field !== '_index') for (const meta of Object.values(docs as Record<string, Record<string, unknown>>)) delete meta['p'];
  }
  return copy;
}
const textOnly = createSearcher(library, withoutPositions(indexJson));
const compact = createSearcher(library, buildCompactIndex(articles));

/**
 * Ground truth by brute force: the articles whose text contains the clause. `word~n` compares the
 * word as typed with the words of the text (the compact index, which stores the words behind each
 * term); over Lunr's own index, which stores stems only, it compares stems (match-words.ts FuzzyRule).
 */
const byScanning = (query: string, fuzzy: FuzzyRule = 'surface') => articles.filter((a) => findMatchRanges(articleText(a), query, fuzzy).length > 0).map((a) => a.id).sort();
const bySearch = (s: typeof searcher, query: string) => s.search(query, { limit: 1000 }).results.map((r) => r.articleId).sort();

const word = fc.constantFrom(...vocab.map((w) => w.replace(/[^\p{L}’'-]/gu, '')).filter((w) => w.length > 1));
const phrase = fc.array(word, { minLength: 2, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`);
const prefix = word.filter((w) => /^\p{L}{3,}$/u.test(w)).chain((w) => fc.integer({ min: 2, max: w.length }).map((k) => `${w.slice(0, k)}*`));
const prefixPhrase = fc.tuple(word, prefix).map(([a, p]) => `"${a} ${p}"`);
const fuzzy = word.filter((w) => /^\p{L}{5,}$/u.test(w)).map((w) => `${w}~1`);
const clause = fc.oneof(phrase, prefix, prefixPhrase, word, fuzzy);
const query = fc
  .tuple(clause, fc.array(fc.tuple(fc.boolean(), clause), { maxLength: 2 }))
  .map(([first, rest]) => [first, ...rest.map(([negate, c]) => (negate ? `-${c}` : c))].join(' '));

/** Ground truth for a whole query: every positive clause found by scanning, no excluded one. */
function byScanningAll(q: string, fuzzy: FuzzyRule = 'surface'): string[] {
  const clauses = parseQuery(q).clauses;
  const found = clauses.map((c) => new Set(byScanning(c.text.replace(/^-/, ''), fuzzy)));
  return articles
    .map((a) => a.id)
    .filter((id) => clauses.every((c, i) => found[i]!.has(id) !== c.exclude))
    .sort();
}

describe('search agrees with a brute-force scan of the text', () => {
  it('for phrases, prefixes, phrases ending in a prefix and fuzzy words, ANDed and excluded', () => {
    fc.assert(
      fc.property(query, (q) => {
        // Queries of stop words or exclusions only have no answer by design; all else must agree exactly.
        fc.pre(parseQuery(q).clauses.some((c) => !c.exclude));
        expect(bySearch(searcher, q)).toEqual(byScanningAll(q, 'stem'));
      }),
      { numRuns: 200 },
    );
  });

  it('for the same queries on the compact index the app ships (prefixes settled by the words behind each stem)', () => {
    fc.assert(
      fc.property(query, (q) => {
        fc.pre(parseQuery(q).clauses.some((c) => !c.exclude));
        expect(bySearch(compact, q)).toEqual(byScanningAll(q));
      }),
      { numRuns: 100 },
    );
  });

  it('for the same queries on an index without positions (the text decides)', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, prefixPhrase), (query) => {
        fc.pre(textOnly.search(query).message?.includes('too common') !== true);
        expect(bySearch(textOnly, query)).toEqual(byScanning(query, 'stem'));
      }),
      { numRuns: 100 },
    );
  });

  it('does not match a phrase across two blocks', () => {
    const a = makeArticle('x', { sections: [{ paragraphs: ['The end of Iraq'] }, { heading: 'Protests grew', paragraphs: [] }] });
    const s = createSearcher({ formatVersion: 1, builtAt: '', articles: [a] }, JSON.parse(JSON.stringify(buildSearchIndex([a]))));
    expect(s.search('"iraq protests"').results).toEqual([]);
    expect(s.search('"protests grew"').results.map((r) => r.articleId)).toEqual(['x']);
  });
});
