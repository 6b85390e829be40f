import { describe, expect, it } from 'vitest';
import { articleMeta, encodeArticleText, encodeLibraryMeta, LIBRARY_FORMAT_VERSION, type CorpusFiles } from '../../shared/library/library-files';
import { articleText } from '../../shared/model/article-text';
import type { Article, Library } from '../../shared/model/article';
import { buildCompactIndex } from '../../shared/search/build-index';
import { prepareCorpus } from './prepare-corpus';

const sections = [{ heading: null, paragraphs: ['Qassem Soleimani was killed in a drone strike.', 'Protests went on.'] }];
const article: Article = {
  id: 'a1', title: 'How Iran’s regime failed', byline: 'Analysis by PMOI/MEK', source: 'PMOI/MEK', kind: 'analysis',
  dateline: 'Iraq', published: '2020-01-21', sections, figures: [], wordCount: 11, readingMinutes: 1,
  sourceFile: 'a1.txt', contentHash: String(articleText({ sections }).length),
};
const articles = [article];
const library: Library = { formatVersion: 1, builtAt: '2024-01-01T00:00:00.000Z', articles };
// The three files as bytes, as the host hands them over.
const articleTextBytes = encodeArticleText(article);
const files = (index: Uint8Array = buildCompactIndex(articles)): CorpusFiles => ({
  library: new TextEncoder().encode(encodeLibraryMeta({ formatVersion: LIBRARY_FORMAT_VERSION, builtAt: library.builtAt, articles: [articleMeta(article, [0, articleTextBytes.length])] })),
  articleText: articleTextBytes,
  index,
});

describe('prepareCorpus', () => {
  it('indexes the articles by id and gives a working search client', async () => {
    const prepared = prepareCorpus({ library, files: files() });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.value.byId.get('a1')?.title).toBe('How Iran’s regime failed');
    expect(prepared.value.searcher.getState()).toEqual({ status: 'ready' });
    const hits = (await prepared.value.searcher.search('Soleimani')).results;
    expect(hits.map((h) => h.articleId)).toEqual(['a1']);
  });

  it('refuses a library of another format version with a message', () => {
    const prepared = prepareCorpus({ library: { ...library, formatVersion: 2 } as unknown as Library, files: files() });
    expect(prepared).toEqual({ ok: false, error: expect.stringMatching(/not in a format this version of Gloss reads/) });
  });

  it('answers an unreadable index with the searcher’s own explanation, and keeps the library readable', async () => {
    const prepared = prepareCorpus({ library, files: files(new TextEncoder().encode('{"nonsense":true}')) });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.value.byId.get('a1')?.title).toBe('How Iran’s regime failed');
    const state = prepared.value.searcher.getState();
    expect(state.status).toBe('failed');
    if (state.status === 'failed') expect(state.problem).toMatch(/search index/i);
    expect((await prepared.value.searcher.search('Soleimani')).message).toMatch(/search index/i);
  });
});
