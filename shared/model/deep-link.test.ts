import { describe, expect, it } from 'vitest';
import { buildDeepLink, parseDeepLink } from './deep-link';

describe('deep links', () => {
  it('round-trips an article and a highlight', () => {
    const url = buildDeepLink('a1b2', 'hl_123');
    expect(url).toBe('gloss://article/a1b2#highlight=hl_123');
    expect(parseDeepLink(url)).toEqual({ articleId: 'a1b2', highlightId: 'hl_123' });
    expect(parseDeepLink('gloss://article/a1b2')).toEqual({ articleId: 'a1b2', highlightId: null });
  });
  it('refuses anything else', () => {
    for (const bad of ['', 'http://x', 'gloss://article/', 'gloss://article/a/b', 'gloss://article/%E0%A4%A', 'gloss://article/a#highlight=<script>', 'gloss://evil/a']) {
      expect(parseDeepLink(bad)).toBeNull();
    }
  });
});
