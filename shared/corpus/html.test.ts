import { describe, expect, it } from 'vitest';
import { articleText } from '../model/article-text';
import { parseSource } from './parse-source';

const parse = (html: string) => {
  const result = parseSource('page.html', html);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('HTML sources', () => {
  const page = `<!doctype html><html><head><title>Site | Page</title><style>p { color: red }</style>
    <script>alert('head')</script></head>
    <body><nav><a href="/">Home</a></nav>
    <article><h1>How the &amp; protests spread</h1>
    <p class="byline">Report by Jane Doe</p>
    <figure><img src="x.jpg" alt="alt text" onerror="alert(1)"><figcaption>Iraq protests (Credit: AP)</figcaption></figure>
    <p>Baghdad, 21 January 2020 — The <b>first</b> paragraph, with <a href="javascript:alert(1)" onclick="steal()">a link</a>.</p>
    <script>document.write('<p>injected</p>')</script>
    <iframe src="https://ads.example"><p>frame text</p></iframe>
    <h2>A section</h2>
    <ul><li><p>An item in a list.</p></li><li>Another item.</li></ul>
    <blockquote>A quote, as written.</blockquote>
    <p><img src="y.png" alt="Inline picture"></p>
    </article><footer>© Site</footer></body></html>`;
  const article = parse(page);
  const text = articleText(article);

  it('takes the first <h1> as the title, decoding entities', () => {
    expect(article.title).toBe('How the & protests spread');
  });

  it('drops scripts, styles, iframes, nav and footer with their content', () => {
    for (const gone of ['alert', 'injected', 'frame text', 'color: red', 'Home', '© Site']) expect(text).not.toContain(gone);
  });

  it('keeps no markup, attribute or handler: only text survives', () => {
    const everything = JSON.stringify(article);
    for (const gone of ['<', 'onclick', 'onerror', 'javascript:', 'href', 'steal']) expect(everything).not.toContain(gone);
  });

  it('maps headings, paragraphs, list items and quotes to sections', () => {
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ['Baghdad, 21 January 2020 — The first paragraph, with a link.'] },
      { heading: 'A section', paragraphs: ['An item in a list.', 'Another item.', 'A quote, as written.'] },
    ]);
  });

  it('prefers a figcaption to the alt text, and keeps a lone image’s alt', () => {
    expect(article.figures).toEqual([
      { caption: 'Iraq protests', credit: 'AP' },
      { caption: 'Inline picture', credit: null },
    ]);
  });

  it('reads byline and dateline from the paragraphs', () => {
    expect([article.byline, article.kind, article.source]).toEqual(['Report by Jane Doe', 'report', 'Jane Doe']);
    expect([article.dateline, article.published]).toEqual(['Baghdad', '2020-01-21']);
  });

  it('falls back to <title> when there is no <h1>', () => {
    expect(parse('<title>Only a title</title><p>Some text.</p>').title).toBe('Only a title');
  });

  it('survives broken markup', () => {
    const broken = parse('<h1>Broken<p>First para<p>Second para <b>bold</i><div>tail');
    expect(broken.title).toBe('Broken');
    expect(broken.sections[0]!.paragraphs).toEqual(['First para', 'Second para bold', 'tail']);
  });

  it('refuses a page whose only text is script', () => {
    const result = parseSource('evil.html', '<script>alert(1)</script><p onclick="x()"></p>');
    expect(result).toEqual({ ok: false, error: 'evil.html: no title found (the document has no text)' });
  });
});
