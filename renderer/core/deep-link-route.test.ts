import { describe, expect, it } from 'vitest';
import { deepLinkRoute } from './deep-link-route';
import { routeToHash } from './route';

describe('deepLinkRoute', () => {
  it('opens the reader at the linked highlight', () => {
    const route = deepLinkRoute('gloss://article/a1b2#highlight=hl_123');
    expect(route).toEqual({ name: 'article', id: 'a1b2', query: null, highlight: 'hl_123' });
    expect(routeToHash(route!)).toBe('#/article/a1b2?highlight=hl_123');
    expect(routeToHash(deepLinkRoute('gloss://article/a1b2')!)).toBe('#/article/a1b2');
  });

  it('ignores anything that is not a well-formed Gloss link', () => {
    for (const bad of ['javascript:alert(1)', 'https://example.org', 'gloss://article/', 'gloss://article/a b', 'gloss://notes/x', 'data:text/html,x']) {
      expect(deepLinkRoute(bad)).toBeNull();
    }
  });
});
