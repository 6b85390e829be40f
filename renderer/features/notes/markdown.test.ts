import { describe, expect, it } from 'vitest';
import { markdownToHtml, noteExcerpt } from './markdown';

describe('markdownToHtml', () => {
  it('renders Markdown', () => {
    expect(markdownToHtml('**Soleimani** was *killed*')).toBe('<p><strong>Soleimani</strong> was <em>killed</em></p>\n');
  });

  it('escapes raw HTML instead of running it', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: links and keeps web links', () => {
    expect(markdownToHtml('[x](javascript:alert(1))')).not.toContain('href="javascript');
    expect(markdownToHtml('[PMOI](https://example.org/a)')).toContain('<a href="https://example.org/a">PMOI</a>');
  });

  it('renders a 100 KB note', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} about **the protesters** and the regime.\n`).join('\n');
    expect(big.length).toBeGreaterThan(100_000);
    const html = markdownToHtml(big);
    expect(html.match(/<p>/g)).toHaveLength(2000);
  });
});

describe('markdownToHtml headingShift', () => {
  it('nests a note’s headings under the page’s own, capped at h6, and leaves them alone by default', () => {
    expect(markdownToHtml('# Turning point\n\n### Detail')).toBe('<h1>Turning point</h1>\n<h3>Detail</h3>\n');
    expect(markdownToHtml('# Turning point\n\n### Detail\n\n##### Deep', { headingShift: 2 })).toBe('<h3>Turning point</h3>\n<h5>Detail</h5>\n<h6>Deep</h6>\n');
  });
});

describe('noteExcerpt', () => {
  it('drops Markdown punctuation and cuts long text', () => {
    expect(noteExcerpt('# Heading\n\n- **bold** [link](https://x.org) `code`')).toBe('Heading bold link code');
    expect(noteExcerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
