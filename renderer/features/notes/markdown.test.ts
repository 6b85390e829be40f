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

describe('noteExcerpt', () => {
  it('drops Markdown punctuation and cuts long text', () => {
    expect(noteExcerpt('# Heading\n\n- **bold** [link](https://x.org) `code`')).toBe('Heading bold link code');
    expect(noteExcerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
