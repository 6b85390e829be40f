import { describe, expect, it } from 'vitest';
import { makeArticle } from '../search/testing/make-article';
import { articleMeta, bytesReader, encodeArticleText, encodeLibraryMeta, LIBRARY_FORMAT_VERSION, LibraryReader, openCorpusFiles, parseLibraryMeta, type ArticleMeta } from './library-files';

const a = makeArticle('a', { title: 'First', sections: [{ paragraphs: ['Alpha “quoted” text.', 'Second paragraph.'] }] });
const b = makeArticle('b', { title: 'Second', sections: [{ heading: 'A heading', paragraphs: ['Beta, with ünïcode.'] }] });

function pack(articles = [a, b]) {
  const chunks: Uint8Array[] = [];
  const metas: ArticleMeta[] = [];
  let offset = 0;
  for (const article of articles) {
    const bytes = encodeArticleText(article);
    metas.push(articleMeta(article, [offset, bytes.length]));
    chunks.push(bytes);
    offset += bytes.length;
  }
  const text = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    text.set(c, at);
    at += c.length;
  }
  return { meta: { formatVersion: LIBRARY_FORMAT_VERSION as typeof LIBRARY_FORMAT_VERSION, builtAt: '2020-01-01T00:00:00.000Z', articles: metas }, text };
}

describe('the library files', () => {
  it('round-trip: metadata without text, each article read back whole from its byte range', () => {
    const { meta, text } = pack();
    const parsed = parseLibraryMeta(encodeLibraryMeta(meta));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.articles[0]).not.toHaveProperty('sections');
    const reader = new LibraryReader(parsed.value, bytesReader(text));
    expect(reader.article('b')).toEqual(b);
    expect(reader.article('a')).toEqual(a);
    expect(reader.article('nope')).toBeUndefined();
    expect(reader.toLibrary().articles).toEqual([a, b]);
  });

  it('keeps optional provenance as stated: present where given, absent (not null) where not', () => {
    const c = { ...makeArticle('c', { title: 'Third' }), siteName: 'The Valley Courier', canonicalUrl: 'https://example.org/c' };
    const { meta, text } = pack([a, c]);
    const encoded = encodeLibraryMeta(meta);
    expect(encoded).not.toMatch(/"title":/);
    const parsed = parseLibraryMeta(encoded);
    if (!parsed.ok) throw new Error(parsed.error);
    const reader = new LibraryReader(parsed.value, bytesReader(text));
    expect(reader.article('c')).toStrictEqual(c);
    expect(reader.article('a')).toStrictEqual(a);
    expect(reader.metaOf('a')).not.toHaveProperty('siteName');
  });

  it('reads only the bytes an article needs', () => {
    const { meta, text } = pack();
    const asked: [number, number][] = [];
    const reader = new LibraryReader(meta, (offset, length) => {
      asked.push([offset, length]);
      return text.subarray(offset, offset + length);
    });
    reader.metaOf('b');
    expect(asked).toEqual([]);
    reader.article('b');
    reader.article('b');
    expect(asked).toEqual([meta.articles[1]!.text]);
  });

  it('refuses another format or broken bytes with a message that says to rebuild', () => {
    expect(parseLibraryMeta('{"formatVersion":1,"articles":[]}')).toEqual({ ok: false, error: expect.stringMatching(/format 1.*reads format 3.*npm run gloss -- build/) });
    expect(parseLibraryMeta('{"formatVersion":2,"articles":[{"id":"a"}]}')).toEqual({ ok: false, error: expect.stringMatching(/format 2.*reads format 3.*npm run gloss -- build/) });
    expect(parseLibraryMeta('{"formatVersion":3,"columns":["id"],"articles":[]}')).toEqual({ ok: false, error: expect.stringMatching(/other columns.*npm run gloss -- build/) });
    expect(parseLibraryMeta('not json')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    const { meta, text } = pack();
    const broken = new LibraryReader(meta, bytesReader(text.subarray(0, 10)));
    expect(() => broken.article('b')).toThrow(/could not be read from article-text\.jsonl.*rebuild/);
    const opened = openCorpusFiles({ library: new TextEncoder().encode('[]'), articleText: text, index: new Uint8Array() });
    expect(opened.ok).toBe(false);
  });
});
