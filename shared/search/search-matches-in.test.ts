import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText, type Article } from '../model';
import type { Searcher } from './search';
import { searcherFor } from './testing/library';
import { makeArticle } from './testing/make-article';
import { seedArticle } from './testing/seed-fixture';

const seed = seedArticle((p) => readFileSync(p, 'utf8'));
const articles: Article[] = [
  seed,
  makeArticle('a', { title: 'The supreme leader speaks', published: '2020-01-02', sections: [{ paragraphs: ['The supreme leader spoke about education reform and the protests.'] }] }),
  makeArticle('b', { title: 'Court ruling', source: 'Daily Ledger', published: '2020-01-03', sections: [{ paragraphs: ['The leader of the supreme court ruled on Iranian sanctions. Protesters gathered.'] }] }),
  makeArticle('c', { title: 'Markets', published: '2020-01-04', sections: [{ heading: 'Governments and trade', paragraphs: ['Oil prices rose as governments met. Nothing about Lebanon here.'] }] }),
  makeArticle('d', { title: 'Education in Lebanon', published: '2020-01-05', sections: [{ paragraphs: ['Schools reopened in Beirut after weeks of protest. Soleimani was not mentioned.'] }] }),
];
const searcher = searcherFor(articles);

/** What the reader used to do: search the whole library and take this article's result. */
function fromResults(s: Searcher, id: string, query: string) {
  return s.search(query, { limit: 1000 }).results.find((r) => r.articleId === id)?.matches ?? [];
}

function expectAgreement(query: string) {
  for (const a of articles) expect(searcher.matchesIn(a.id, query), `${a.id} for ${query}`).toEqual(fromResults(searcher, a.id, query));
}

describe('searcher.matchesIn: one article, the same marks as its search result', () => {
  it('for words, stems, phrases, prefixes, fuzzy words, field filters and exclusions', () => {
    const queries = [
      'protest', 'supreme leader', '"supreme leader"', 'gov*', '"the supreme"', 'educat*', "Iran's regime",
      'Kataib', 'al-Muhandis', 'Soleimanu~1', 'title:education', 'title:"supreme leader"', 'lebanon -title:education',
      'protest -beirut', 'heading:governments', 'nothing-here-at-all',
    ];
    for (const q of queries) expectAgreement(q);
  });

  it('takes the typo fallback only when nothing matches as typed, like search()', () => {
    // "Soleimany" matches no article as typed, so both the seed and d are found loosely.
    expect(searcher.matchesIn('d', 'Soleimany').map((m) => articleText(articles[4]!).slice(m.start, m.end))).toEqual(['Soleimani']);
    expectAgreement('Soleimany');
    // "Beirut" matches d as typed, so the misspelt second word is not loosened anywhere.
    expectAgreement('Beirut Soleimany');
    expect(searcher.matchesIn(seed.id, 'Beirut Soleimany')).toEqual([]);
  });

  it('marks nothing for an unknown article, an empty query, exclusions only or odd input', () => {
    expect(searcher.matchesIn('no-such-article', 'protest')).toEqual([]);
    for (const q of ['', '   ', '-protest', '"', '*', 'title:', '\u0000', 'a'.repeat(5000)]) expect(searcher.matchesIn(seed.id, q)).toEqual([]);
  });

  it('agrees with search() for random queries built from the seed’s words', () => {
    const words = [...new Set(articleText(seed).split(/\s+/).map((w) => w.replace(/[^\p{L}’'-]/gu, '')).filter((w) => w.length > 2))];
    const word = fc.constantFrom(...words);
    const clause = fc.oneof(
      word,
      word.map((w) => `${w.slice(0, 3)}*`),
      fc.tuple(word, word).map(([x, y]) => `"${x} ${y}"`),
      word.map((w) => `${w}x`), // a likely typo: exercises the fallback
      word.map((w) => `-${w}`),
    );
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 3 }), (cs) => expectAgreement(cs.join(' '))),
      { numRuns: 150 },
    );
  });
});

describe('searcher.marksIn: the text marks plus the title’s', () => {
  const titleOf = (id: string) => articles.find((a) => a.id === id)!.title;
  const titleMarks = (id: string, q: string) => searcher.marksIn(id, q).title.map((m) => titleOf(id).slice(m.start, m.end));

  it('marks the title words a query matches, stemmed, prefixed or as a phrase, and only in matching articles', () => {
    expect(titleMarks('a', 'supreme leader')).toEqual(['supreme', 'leader']);
    expect(titleMarks('a', '"supreme leader"')).toEqual(['supreme leader']);
    expect(titleMarks('a', 'speak')).toEqual(['speaks']);
    expect(titleMarks('d', 'educat*')).toEqual(['Education']);
    expect(titleMarks(seed.id, 'regime')).toEqual(['regime']);
    // b matches "leader" only in its text: its title has nothing to mark.
    expect(titleMarks('b', 'leader')).toEqual([]);
    // d is excluded by its title, so nothing at all is marked there.
    expect(searcher.marksIn('d', 'lebanon -title:education')).toEqual({ text: [], title: [] });
  });

  it('keeps field filters: title: marks only the title, body: and heading: never it', () => {
    expect(searcher.marksIn('d', 'title:education')).toEqual({ text: [], title: [{ start: 0, end: 9 }] });
    expect(titleMarks('c', 'heading:governments')).toEqual([]);
  });

  it('has exactly matchesIn’s text marks', () => {
    for (const a of articles) for (const q of ['protest', 'supreme leader', 'title:education', 'Soleimany', 'gov*']) expect(searcher.marksIn(a.id, q).text).toEqual(searcher.matchesIn(a.id, q));
  });
});
