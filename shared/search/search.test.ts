import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText, type Article } from '../model';
import type { SearchResponse } from './search';
import { lunrSearcherFor, searcherFor } from './testing/library';
import { makeArticle } from './testing/make-article';
import { seedArticle } from './testing/seed-fixture';

const seed = seedArticle((p) => readFileSync(p, 'utf8'));
const seedText = articleText(seed);

const small: Article[] = [
  makeArticle('a', { title: 'The supreme leader speaks', published: '2020-01-02', sections: [{ paragraphs: ['The supreme leader spoke about education reform and the protests.'] }] }),
  makeArticle('b', { title: 'Court ruling', source: 'Daily Ledger', byline: 'Report by Daily Ledger', published: '2020-01-03', sections: [{ paragraphs: ['The leader of the supreme court ruled on Iranian sanctions. Protesters gathered.'] }] }),
  makeArticle('c', { title: 'Markets', published: '2020-01-04', sections: [{ heading: 'Governments and trade', paragraphs: ['Oil prices rose as governments met. Nothing about Lebanon here.'] }] }),
  makeArticle('d', { title: 'Education in Lebanon', published: '2020-01-05', sections: [{ paragraphs: ['Schools reopened in Beirut after weeks of protest.'] }] }),
];

const all = searcherFor([seed, ...small]);
const ids = (r: SearchResponse) => r.results.map((x) => x.articleId);
/** The words of articleText marked for the seed article. */
const seedMarks = (r: SearchResponse) => r.results.find((x) => x.articleId === seed.id)!.matches.map((m) => seedText.slice(m.start, m.end));

describe('search: normalisation (one pipeline for index and query)', () => {
  it("finds “Iran’s regime” for Iran's regime typed with a straight quote", () => {
    const r = all.search("Iran's regime");
    expect(ids(r)[0]).toBe(seed.id);
    expect(seedMarks(r)).toContain('regime’s');
    expect(r.message).toBeNull();
  });

  it("finds Kata’ib for Kataib and for Kata'ib", () => {
    for (const q of ['Kataib', "Kata'ib", 'KATA’IB']) {
      const r = all.search(q);
      expect(ids(r)).toEqual([seed.id]);
      expect(seedMarks(r)).toEqual(['Kata’ib', 'Kata’ib', 'Kata’ib’s']);
    }
  });

  it('finds al-Muhandis for Muhandis and for al-Muhandis', () => {
    expect(seedMarks(all.search('Muhandis'))).toEqual(['Muhandis', 'Muhandis', 'Muhandis']);
    expect(seedMarks(all.search('al-Muhandis'))).toEqual(['al-Muhandis', 'al-Muhandis', 'al-Muhandis']);
  });

  it('folds diacritics both ways', () => {
    const s = searcherFor([makeArticle('x', { sections: [{ paragraphs: ['Ayatollah Sīstānī met the Café owners.'] }] })]);
    expect(ids(s.search('sistani cafe'))).toEqual(['x']);
    expect(ids(s.search('Sístaní'))).toEqual(['x']);
  });
});

describe('search: query language', () => {
  it('requires every word (AND) and ranks', () => {
    expect(ids(all.search('supreme leader')).sort()).toEqual(['a', 'b']);
    expect(ids(all.search('supreme sanctions'))).toEqual(['b']);
    expect(all.search('supreme hezbollah').results).toEqual([]);
  });

  it('stems: protest finds protests, protesters and protest', () => {
    expect(ids(all.search('protest')).sort()).toEqual([seed.id, 'a', 'b', 'd'].sort());
    expect(seedMarks(all.search('protest'))).toContain('Protesters');
  });

  it('verifies "quoted phrases" in the text, word order included', () => {
    expect(ids(all.search('"supreme leader"'))).toEqual(['a']);
    expect(ids(all.search('"leader of the supreme"'))).toEqual(['b']);
    expect(ids(all.search('"leader supreme"'))).toEqual([]);
    // Phrase words are stemmed, so a possessive or plural still matches.
    expect(seedMarks(all.search('"iranian regime"'))).toContain('Iranian regime’s');
    const r = all.search('"nationwide protests"');
    expect(ids(r)).toEqual([seed.id]);
    expect(seedMarks(r)).toEqual(['nationwide protests']);
  });

  it('finds prefixes: iran* finds Iranian, and educat* finds education although its stem is "educ"', () => {
    expect(ids(all.search('iran*'))).toContain('b');
    expect(seedMarks(all.search('iran*'))).toEqual(expect.arrayContaining(['Iranian', 'Iran']));
    expect(ids(all.search('educat*')).sort()).toEqual(['a', 'd']);
    expect(ids(all.search('governmen*'))).toEqual(expect.arrayContaining(['c', seed.id]));
    expect(ids(all.search('educati* lebanon'))).toEqual(['d']);
  });

  it('does not let a prefix match a word that only shares its stem', () => {
    // "governed" has the stem "govern" like "government", but does not start with "governm".
    const s = searcherFor([makeArticle('g', { sections: [{ paragraphs: ['They governed well.'] }] })]);
    expect(s.search('governm*').results).toEqual([]);
    expect(ids(s.search('govern*'))).toEqual(['g']);
  });

  it('tolerates typos when the exact words find nothing, and says so', () => {
    const r = all.search('Sulaimani');
    expect(ids(r)).toEqual([seed.id]);
    expect(r.message).toBe('Showing close matches for “Sulaimani” (no exact matches).');
    expect(seedMarks(r)).toEqual(['Soleimani', 'Soleimani', 'Soleimani', 'Soleimani']);
    expect(ids(all.search('Soleimany'))).toEqual([seed.id]);
    // Stemming finds "Soleimany" exactly (soleimany → soleimani): no "close matches" note, as the README says.
    expect(all.search('Soleimany').message).toBeNull();
  });

  it('takes quoted words as meant: no typo fallback', () => {
    expect(all.search('"Sulaimani"')).toEqual({ results: [], total: 0, totalIsExact: true, message: 'No matches for “"Sulaimani"”.' });
  });

  it('measures a fuzzy word as typed against the words as written, not their stems: economey~1 finds "economy"', () => {
    const articles = [
      makeArticle('e1', { title: 'Growth', sections: [{ paragraphs: ['The economy grew last year.'] }] }),
      makeArticle('e2', { title: 'Scale', sections: [{ paragraphs: ['Economies of scale.'] }] }),
    ];
    const r = searcherFor(articles).search('economey~1');
    expect(ids(r)).toEqual(['e1']);
    expect(r.results[0]!.matches.map((m) => articleText(articles[0]!).slice(m.start, m.end))).toEqual(['economy']);
    // "economies" is two edits from "economey" though it shares the stem "economi" with "economy".
    expect(ids(searcherFor(articles).search('economey~2')).sort()).toEqual(['e1', 'e2']);
    // Lunr's own index keeps stems only: "economei" is two edits from "economi", so it finds nothing.
    expect(ids(lunrSearcherFor(articles).search('economey~1'))).toEqual([]);
  });

  it('honours an explicit term~1 without a note', () => {
    const r = all.search('Soleimanu~1');
    expect(ids(r)).toEqual([seed.id]);
    expect(r.message).toBeNull();
    expect(all.search('Soleimanu').message).toMatch(/close matches/);
  });

  it('filters by field', () => {
    expect(ids(all.search('title:education'))).toEqual(['d']);
    expect(ids(all.search('education')).sort()).toEqual(['a', 'd']);
    expect(ids(all.search('source:ledger'))).toEqual(['b']);
    expect(ids(all.search('byline:MEK'))).toEqual([seed.id]);
    expect(ids(all.search('heading:governments'))).toEqual(['c']);
    expect(ids(all.search('heading:reason'))).toEqual([seed.id]);
    expect(ids(all.search('body:reason'))).toEqual([]);
    expect(ids(all.search('title:"supreme leader"'))).toEqual(['a']);
  });

  it('excludes -words and -"phrases"', () => {
    expect(ids(all.search('education -lebanon'))).toEqual(['a']);
    expect(ids(all.search('protest -"supreme leader"')).sort()).toEqual([seed.id, 'b', 'd'].sort());
    expect(ids(all.search('lebanon -title:education')).sort()).toEqual([seed.id, 'c'].sort());
  });

  it('ranks a title match above a body match', () => {
    expect(ids(all.search('education'))[0]).toBe('d');
  });

  it('respects the limit', () => {
    expect(all.search('protest', { limit: 2 }).results).toHaveLength(2);
    expect(all.search('protest', { limit: -5 }).results).toHaveLength(1);
    expect(all.search('protest', { limit: Number.NaN }).results).toHaveLength(4);
  });
});

describe('search: results', () => {
  it('carries the article fields and matches in document order', () => {
    const r = all.search('Court ruling');
    expect(r.results[0]).toMatchObject({ articleId: 'b', title: 'Court ruling', source: 'Daily Ledger', published: '2020-01-03' });
    const m = all.search('regime').results[0]!.matches;
    expect(m.length).toBeGreaterThan(5);
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
  });

  it('builds a marked snippet around the matches from the original text', () => {
    const r = all.search('Kataib Hezbollah');
    const segments = r.results[0]!.snippet.segments;
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['Kata’ib', 'Hezbollah']);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(seedText).toContain(text.slice(2, -2));
    expect(text.split(/\s+/).length).toBeLessThanOrEqual(34);
  });

  it('falls back to the first sentence when only the title matched', () => {
    const r = all.search('title:markets');
    expect(r.results[0]!.matches).toEqual([]);
    expect(r.results[0]!.snippet.segments).toEqual([{ text: 'Oil prices rose as governments met.', marked: false }]);
  });
});

describe('search: messages and odd input', () => {
  it('says clearly when nothing matches', () => {
    expect(all.search('zebra quagga')).toEqual({ results: [], total: 0, totalIsExact: true, message: 'No matches for “zebra quagga”.' });
  });

  it('answers empty, stop-word-only, symbol-only and exclusion-only queries with a message', () => {
    expect(all.search('')).toEqual({ results: [], total: 0, totalIsExact: true, message: 'Type a word or a "quoted phrase" to search the library.' });
    expect(all.search('   ').message).toMatch(/^Type a word/);
    expect(all.search('the').message).toBe('“the” is too common to search for; add a more specific word.');
    expect(all.search('"to be or not"').message).toMatch(/too common/);
    expect(all.search('😀 ✓').message).toBe('Nothing to search for in “😀 ✓”: type a word made of letters or digits.');
    expect(all.search('-lebanon').message).toBe('Add a word to search for: -word only leaves articles out of a search.');
  });

  it('never throws on syntax Lunr would reject', () => {
    for (const q of ['"', '*', '~', ':', '^', '+', '-', '"iran', 'iran"', 'title:', 'title:"', '*iran', 'ir*an', 'iran~x', 'iran^', '+-iran', '::::', '\\', '日本語', 'Ирак', 'iran 🇮🇷', '\u0000', '__proto__', 'constructor', 'a'.repeat(5000)]) {
      const r = all.search(q);
      expect(Array.isArray(r.results), q).toBe(true);
      expect(r.results.length > 0 || typeof r.message === 'string', q).toBe(true);
      expect(r.message ?? '', q).not.toMatch(/failed/);
    }
  });

  it('answers 10 KB of text quickly, using only the beginning', () => {
    const started = Date.now();
    const r = all.search(seedText.slice(0, 10_000));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(ids(r)).toEqual([seed.id]);
    expect(r.message).toBe('Your search was long, so only its beginning was used.');
  });
});
