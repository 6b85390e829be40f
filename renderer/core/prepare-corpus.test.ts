import { describe, expect, it } from 'vitest';
import { articleMeta, encodeArticleText, encodeLibraryMeta, LIBRARY_FORMAT_VERSION, type CorpusFiles, type LibraryMeta } from '../../shared/library/library-files';
import { articleText } from '../../shared/model/article-text';
import type { Article } from '../../shared/model/article';
import { buildCompactIndex } from '../../shared/search/build-index';
import { prepareCorpus, type SearchClient } from './prepare-corpus';

const sections = [{ heading: null, paragraphs: ['Qassem Soleimani was killed in a drone strike.', 'Protests went on.'] }];
const article: Article = {
  id: 'a1', title: 'How Iran’s regime failed', byline: 'Analysis by PMOI/MEK', source: 'PMOI/MEK', kind: 'analysis',
  dateline: 'Iraq', published: '2020-01-21', sections, figures: [], wordCount: 11, readingMinutes: 1,
  sourceFile: 'a1.txt', contentHash: String(articleText({ sections }).length),
};
const articles = [article];
// The three files as bytes, as the host hands them over; a first line before the article's, so its text is read at an offset.
const filler = encodeArticleText({ sections: [{ heading: null, paragraphs: ['Another article.'] }], figures: [] });
const articleTextBytes = new Uint8Array([...filler, ...encodeArticleText(article)]);
const library: LibraryMeta = { formatVersion: LIBRARY_FORMAT_VERSION, builtAt: '2024-01-01T00:00:00.000Z', articles: [articleMeta(article, [filler.length, articleTextBytes.length - filler.length])] };
const text = Promise.resolve(new Blob([articleTextBytes]));
const files = (index: Uint8Array = buildCompactIndex(articles)): CorpusFiles => ({
  library: new TextEncoder().encode(encodeLibraryMeta(library)),
  articleText: articleTextBytes,
  index,
});

/** The files arrive after the library is shown: search says "preparing" until they have. */
const settled = (searcher: SearchClient) =>
  new Promise<void>((resolve) => {
    if (searcher.getState().status !== 'preparing') return resolve();
    const stop = searcher.subscribe(() => {
      if (searcher.getState().status !== 'preparing') {
        stop();
        resolve();
      }
    });
  });

describe('prepareCorpus', () => {
  it('indexes the articles by id and gives a working search client', async () => {
    const prepared = prepareCorpus({ library, text, files: Promise.resolve(files()) });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.value.byId.get('a1')?.title).toBe('How Iran’s regime failed');
    expect(prepared.value.searcher.getState()).toEqual({ status: 'preparing' });
    await settled(prepared.value.searcher);
    expect(prepared.value.searcher.getState()).toEqual({ status: 'ready' });
    const hits = (await prepared.value.searcher.search('Soleimani')).results;
    expect(hits.map((h) => h.articleId)).toEqual(['a1']);
  });

  it('holds metadata only and reads an article’s text by offset when asked, the same object twice', async () => {
    const prepared = prepareCorpus({ library, text, files: Promise.resolve(files()) });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.value.byId.get('a1')).not.toHaveProperty('sections');
    const read = await prepared.value.readArticle('a1');
    expect(read?.sections).toEqual(sections);
    expect(read).not.toHaveProperty('text');
    expect(await prepared.value.readArticle('a1')).toBe(read);
    expect(await prepared.value.readArticle('nope')).toBeUndefined();
  });

  it('refuses a library of another format version with a message', () => {
    const prepared = prepareCorpus({ library: { ...library, formatVersion: 1 } as unknown as LibraryMeta, text, files: Promise.resolve(files()) });
    expect(prepared).toEqual({ ok: false, error: expect.stringMatching(/not in a format this version of Gloss reads/) });
  });

  it('answers an unreadable index with the searcher’s own explanation, and keeps the library readable', async () => {
    const prepared = prepareCorpus({ library, text, files: Promise.resolve(files(new TextEncoder().encode('{"nonsense":true}'))) });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.value.byId.get('a1')?.title).toBe('How Iran’s regime failed');
    await settled(prepared.value.searcher);
    const state = prepared.value.searcher.getState();
    expect(state.status).toBe('failed');
    if (state.status === 'failed') expect(state.problem).toMatch(/search index/i);
    expect((await prepared.value.searcher.search('Soleimani')).message).toMatch(/search index/i);
  });
});
