import { describe, expect, it } from 'vitest';
import { articleText } from '../../shared/model/article-text';
import type { Article, Library } from '../../shared/model/article';
import { buildSearchIndex } from '../../shared/search';
import { prepareCorpus } from './prepare-corpus';

const sections = [{ heading: null, paragraphs: ['Qassem Soleimani was killed in a drone strike.', 'Protests went on.'] }];
const article: Article = {
  id: 'a1', title: 'How Iran’s regime failed', byline: 'Analysis by PMOI/MEK', source: 'PMOI/MEK', kind: 'analysis',
  dateline: 'Iraq', published: '2020-01-21', sections, figures: [], wordCount: 11, readingMinutes: 1,
  sourceFile: 'a1.txt', contentHash: String(articleText({ sections }).length),
};
const articles = [article];
const library: Library = { formatVersion: 1, builtAt: '2024-01-01T00:00:00.000Z', articles };
// Through JSON, as the host hands it over.
const index: unknown = JSON.parse(JSON.stringify(buildSearchIndex(articles)));

describe('prepareCorpus', () => {
  it('indexes the articles by id and gives a working searcher', () => {
    const prepared = prepareCorpus({ library, index });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.value.byId.get('a1')?.title).toBe('How Iran’s regime failed');
    const hits = prepared.value.searcher.search('Soleimani').results;
    expect(hits.map((h) => h.articleId)).toEqual(['a1']);
  });

  it('refuses a library of another format version with a message', () => {
    const prepared = prepareCorpus({ library: { ...library, formatVersion: 2 } as unknown as Library, index });
    expect(prepared).toEqual({ ok: false, error: expect.stringMatching(/not in a format this version of Gloss reads/) });
  });

  it('answers an unreadable index with the searcher’s own explanation', () => {
    const prepared = prepareCorpus({ library, index: { nonsense: true } });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.error).toMatch(/search index/i);
  });
});
