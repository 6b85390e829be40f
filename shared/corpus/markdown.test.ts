import { describe, expect, it } from 'vitest';
import { articleText } from '../model/article-text';
import { parseSource } from './parse-source';

const parse = (markdown: string) => {
  const result = parseSource('notes/piece.md', markdown);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('Markdown sources', () => {
  it('reads # headings, paragraphs and strips inline markup', () => {
    const article = parse('# The title\n\nAnalysis by PMOI/MEK\n\nIraq, January 21, 2020—The **first** [para](http://x) with `code`\nwrapped.\n\n## Part two\n\n- item one\n- item two\n');
    expect(article.title).toBe('The title');
    expect([article.kind, article.source, article.dateline, article.published]).toEqual(['analysis', 'PMOI/MEK', 'Iraq', '2020-01-21']);
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ['Iraq, January 21, 2020—The first para with code wrapped.'] },
      { heading: 'Part two', paragraphs: ['item one', 'item two'] },
    ]);
  });

  it('turns images into figures, with an italic line under them as the caption', () => {
    const article = parse('# T\n\n![A crowd](a.jpg)\n\n*Iraq protests (Credit: AP)*\n\n![Second picture](b.jpg)\n\nText.');
    expect(article.figures).toEqual([
      { caption: 'Iraq protests', credit: 'AP' },
      { caption: 'Second picture', credit: null },
    ]);
    expect(article.sections[0]!.paragraphs).toEqual(['Text.']);
  });

  it('keeps an italic paragraph that is not under an image as text', () => {
    expect(parse('# T\n\n*An aside in italics.*').sections[0]!.paragraphs).toEqual(['An aside in italics.']);
  });

  it('sanitises raw HTML inside Markdown to its text', () => {
    const article = parse('# T\n\n<div onclick="x()">Kept <script>alert(1)</script>text</div>\n\nInline <img src=x onerror=alert(1)> html.');
    expect(articleText(article)).toBe('Kept text\n\nInline html.');
  });

  it('lets YAML front matter state the title and metadata', () => {
    const article = parse('---\ntitle: From front matter\nauthor: Jane Doe\nkind: Interview\ndate: 2021-03-04\n---\n\nBody text.');
    expect([article.title, article.source, article.kind, article.published]).toEqual(['From front matter', 'Jane Doe', 'interview', '2021-03-04']);
    expect(article.sections).toEqual([{ heading: null, paragraphs: ['Body text.'] }]);
  });

  it('takes the first line as the title when there is no # heading', () => {
    expect(parse('Just a first line\n\nThen text.').title).toBe('Just a first line');
  });
});

describe('raw HTML inside Markdown', () => {
  it('keeps the text of inline <script>, <style> and <xmp> out of the article', () => {
    const result = parseSource('a.md', '# T\n\nHello <script>alert("x")</script> world <style>p{color:red}</style> end <xmp><b>x</b></xmp>.\n\n<style>\n.a{}\n\n.b{}\n</style>\n\nLast.\n');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.sections.flatMap((s) => s.paragraphs)).toEqual(['Hello world end .', 'Last.']);
  });
});
