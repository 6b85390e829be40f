import { describe, expect, it } from 'vitest';
import { articleText } from '../../model/article-text';
import { parseSource } from '../parse-source';

const parse = (html: string) => {
  const result = parseSource('page.html', html);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the article says something long enough to be read as prose by anyone, with several clauses and a full stop at the end of it.</p>`).join('');

describe('saved web pages', () => {
  it('reads provenance from Open Graph, article:* and the canonical link', () => {
    const article = parse(`<html lang="en-GB"><head><title>A title | The Site</title>
      <meta property="og:title" content="A title"><meta property="og:site_name" content="The Site">
      <meta property="article:published_time" content="2021-06-15T23:30:00-05:00"><meta name="author" content="Jane Roe">
      <link rel="canonical" href="https://site.example/a-title"></head><body><article><h1>A title</h1>${prose(4)}</article></body></html>`);
    expect(article).toMatchObject({ title: 'A title', byline: 'Jane Roe', published: '2021-06-15', siteName: 'The Site', language: 'en-GB', canonicalUrl: 'https://site.example/a-title' });
  });

  it('states nothing the page does not state', () => {
    const article = parse(`<html><head><title>Notes</title></head><body><div id="footer">Last edited on 3 May 2023</div><h1>Notes</h1>${prose(4)}<div class="comments"><span class="comment-author">bob</span><time datetime="2020-01-01">1 Jan</time></div></body></html>`);
    expect([article.byline, article.published, article.source]).toEqual([null, null, null]);
    expect(article).not.toHaveProperty('siteName');
    expect(article).not.toHaveProperty('canonicalUrl');
  });

  it('ignores an article:author that is a profile URL, and a broken JSON-LD block', () => {
    const article = parse(`<html><head><meta property="article:author" content="https://facebook.com/site"><script type="application/ld+json">{not json</script><title>T</title></head><body><h1>T</h1>${prose(3)}</body></html>`);
    expect(article.byline).toBeNull();
  });

  it('reads authors and date from a JSON-LD @graph', () => {
    const ld = JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', headline: 'H', datePublished: '2023-09-18', author: [{ name: 'A One' }, { name: 'B Two' }] }] });
    const article = parse(`<html><head><script type="application/ld+json">${ld}</script></head><body><h1>H</h1>${prose(3)}</body></html>`);
    expect([article.title, article.byline, article.published]).toEqual(['H', 'A One, B Two', '2023-09-18']);
  });

  it('keeps MathML as readable text and drops <xmp>/<noembed> markup', () => {
    const article = parse(`<html><body><h1>Maths</h1>${prose(2)}<p>So <math><mi>x</mi><mo>+</mo><mi>y</mi></math> is even.</p><xmp><b>literal</b></xmp><noembed>fallback</noembed>${prose(2)}</body></html>`);
    const text = articleText(article);
    expect(text).toContain('So x + y is even.');
    for (const gone of ['literal', 'fallback', '<']) expect(text).not.toContain(gone);
  });

  it('reads a page wrapped in one <form> and a page whose <nav> is never closed', () => {
    const form = parse(`<html><body><form><div class="menu"><a href="/">Home</a></div><h1>Inside a form</h1>${prose(4)}</form></body></html>`);
    expect(form.title).toBe('Inside a form');
    expect(form.sections.flatMap((s) => s.paragraphs)).toHaveLength(4);
    const nav = parse(`<html><body><nav><ul><li>Home</li><li>News</li></ul><main><h1>Unclosed</h1>${prose(4)}</main></body></html>`);
    expect(nav.sections.flatMap((s) => s.paragraphs)).toHaveLength(4);
  });

  it('takes the title part of <title> that the page shows, not the site name', () => {
    const article = parse(`<html><head><title>Moorland Society - Spring meeting</title></head><body><table><tr><td><a href="/">Home</a></td><td><center><b>Spring meeting</b></center>${prose(3)}</td></tr></table></body></html>`);
    expect(article.title).toBe('Spring meeting');
  });
});
