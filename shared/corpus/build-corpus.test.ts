import { describe, expect, it } from 'vitest';
import { articleId } from './article-id';
import { buildCorpus } from './build-corpus';

describe('buildCorpus', () => {
  const sources = [
    { file: 'z/last.txt', text: 'Last\n\nText of the last.' },
    { file: 'empty.txt', text: '' },
    { file: 'a/first.md', text: '# First\n\nText of the first.' },
    { file: 'binary.html', text: '\u0000\u0001' },
    { file: 'm/middle.html', text: '<h1>Middle</h1><p>Text.</p>' },
  ];
  const corpus = buildCorpus(sources);

  it('keeps going past bad files and reports each with its reason', () => {
    expect(corpus.errors).toEqual([
      { file: 'binary.html', reason: 'looks like a binary file (it contains NUL bytes), not text' },
      { file: 'empty.txt', reason: 'the file is empty' },
    ]);
  });

  it('sorts articles by source path, whatever the input order', () => {
    expect(corpus.articles.map((a) => a.title)).toEqual(['First', 'Middle', 'Last']);
    expect(buildCorpus([...sources].reverse())).toEqual(corpus);
    expect(corpus.articles.map((a) => a.sourceFile)).toEqual(['a/first.md', 'm/middle.html', 'z/last.txt']);
  });

  it('uses Windows and POSIX paths alike', () => {
    const windows = buildCorpus([{ file: 'a\\first.md', text: '# First\n\nText.' }]);
    expect(windows.articles[0]!.id).toBe(corpus.articles[0]!.id);
    expect(windows.articles[0]!.sourceFile).toBe('a/first.md');
  });

  it('refuses the same path twice', () => {
    const twice = buildCorpus([{ file: 'a.txt', text: 'A\n\nText.' }, { file: './a.txt', text: 'A\n\nOther.' }]);
    expect(twice.articles).toHaveLength(1);
    expect(twice.errors).toEqual([{ file: 'a.txt', reason: 'has the same article id as a.txt (the same path was given twice)' }]);
  });
});

describe('articleId', () => {
  it('is a slug of the file name plus a hash of the path', () => {
    expect(articleId('news/Café Report 1.txt')).toMatch(/^cafe-report-1-[0-9a-f]{8}$/);
    expect(articleId('a/x.txt')).not.toBe(articleId('b/x.txt'));
    expect(articleId('日本.txt')).toMatch(/^article-[0-9a-f]{8}$/);
  });
});
