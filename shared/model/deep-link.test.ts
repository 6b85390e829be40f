import { describe, expect, it } from 'vitest';
import { buildDeepLink, explainBadDeepLink, parseDeepLink } from './deep-link';

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

describe('explaining a bad link', () => {
  it('says what is wrong with each kind of malformed link', () => {
    expect(explainBadDeepLink('https://example.org')).toBe('Could not open https://example.org: it is not a gloss:// link.');
    expect(explainBadDeepLink('gloss://evil/a')).toBe('Could not open gloss://evil/a: Gloss links point at an article (gloss://article/…).');
    expect(explainBadDeepLink('gloss://article/')).toBe('Could not open gloss://article/: it names no article.');
    expect(explainBadDeepLink('gloss://article/%E0%A4%A')).toBe('Could not open gloss://article/%E0%A4%A: its article id is garbled (broken %-escapes).');
    expect(explainBadDeepLink('gloss://article/a b')).toBe('Could not open gloss://article/a b: “a b” is not a Gloss article id.');
    expect(explainBadDeepLink('gloss://article/a/b')).toBe('Could not open gloss://article/a/b: “a/b” is not a Gloss article id.');
    expect(explainBadDeepLink('gloss://article/a1#note=3')).toBe('Could not open gloss://article/a1#note=3: the part after # should be highlight=<id>.');
    expect(explainBadDeepLink('gloss://article/a1#highlight=<script>')).toBe('Could not open gloss://article/a1#highlight=<script>: “<script>” is not a Gloss highlight id.');
    expect(explainBadDeepLink(`gloss://article/${'x'.repeat(200)}`)).toMatch(/^Could not open gloss:\/\/article\/x+…: “x{40}” is not a Gloss article id\.$/);
  });
});
