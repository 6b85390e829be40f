import { describe, expect, it } from 'vitest';
import { isSourceFile, parseSource } from './parse-source';

const error = (file: string, text: string) => {
  const result = parseSource(file, text);
  return result.ok ? null : result.error;
};

describe('parseSource on bad input', () => {
  it('names the file and says the file is empty', () => {
    expect(error('empty.txt', '')).toBe('empty.txt: the file is empty');
    expect(error('blank.md', ' \n\n\t\n')).toBe('blank.md: the file is empty');
    expect(error('ads.txt', '728 x 90\n300x250\n')).toBe('ads.txt: no title found (the document has no text)');
  });

  it('refuses binary content', () => {
    expect(error('photo.txt', 'PNG\u0000\u0000\u0001IHDR')).toBe('photo.txt: looks like a binary file (it contains NUL bytes), not text');
    expect(error('latin1.txt', 'Caf\uFFFD\uFFFD \uFFFD\uFFFD')).toBe('latin1.txt: is not readable text in any encoding Gloss knows (50% of it undecodable)');
  });

  it('refuses unsupported extensions', () => {
    expect(error('paper.pdf', 'Title\n\nText.')).toMatch(/^paper\.pdf: unsupported file type "\.pdf"; expected one of \.txt/);
    expect(error('README', 'Title\n\nText.')).toMatch(/^README: unsupported file type \(no extension\)/);
  });

  it('refuses a title with no body', () => {
    expect(error('short.txt', 'Only a title')).toBe('short.txt: "Only a title" has a title but no body text');
  });

  it('refuses a first line too long to be a title', () => {
    expect(error('wall.txt', 'word '.repeat(100))).toMatch(/^wall\.txt: no title found \(the first line is \d+ characters long/);
  });

  it('ignores a byte-order mark', () => {
    const result = parseSource('bom.txt', '\uFEFFTitle\n\nText.');
    expect(result.ok && result.value.title).toBe('Title');
  });

  it('knows which files are sources', () => {
    expect(['a.txt', 'b.MD', 'c/d.html', 'e.htm', 'f.markdown'].every(isSourceFile)).toBe(true);
    expect(['a.pdf', 'README', '.txt', 'x.txt.bak'].some(isSourceFile)).toBe(false);
  });
});

describe('parseSource on damaged text', () => {
  it('loses nothing of a 50-paragraph article to one stray NUL', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i + 1} of the article, written as prose.`);
    const text = `A long article\n\n${paragraphs.join('\n\n')}`.replace('Paragraph 25 ', 'Paragraph 25\u0000 ');
    const result = parseSource('damaged.txt', text);
    expect(result.ok && result.value.sections.flatMap((s) => s.paragraphs)).toEqual(paragraphs);
  });
});
