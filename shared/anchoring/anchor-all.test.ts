import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../corpus';
import { articleText, type Article, type Highlight } from '../model';
import { hash64 } from '../text';
import { anchorAll } from './anchor-all';
import { describeRange } from './describe-range';

const SEED = '000_8a7174939e31e350.txt';

function seedArticle(): Article {
  const parsed = parseSource(SEED, readFileSync(new URL(`../../resources/corpus/${SEED}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const article = seedArticle();
const text = articleText(article);

/** A small deterministic generator, so a failure names the same highlights every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function highlightsOn(source: string, contentHash: string, count: number): Highlight[] {
  const random = lcg(42);
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * (source.length - 1));
    const end = Math.min(source.length, start + 1 + Math.floor(random() * 300));
    return {
      id: `h${i}`,
      articleId: article.id,
      color: 'yellow',
      ...describeRange(source, start, end),
      contentHash,
      tags: [],
      createdAt: '2020-01-21T00:00:00.000Z',
      updatedAt: '2020-01-21T00:00:00.000Z',
      revision: 1,
    };
  });
}

describe('anchorAll on the seed article', () => {
  it('agrees that the article hash is hash64 of its text, the default it compares against', () => {
    expect(article.contentHash).toBe(hash64(text));
  });

  it('places 1,000 highlights as they were when the text is unchanged', () => {
    const highlights = highlightsOn(text, article.contentHash, 1000);
    const results = anchorAll(text, highlights);
    expect(results.size).toBe(1000);
    for (const h of highlights) {
      expect(results.get(h.id)).toEqual({ status: 'exact', start: h.position.start, end: h.position.end });
    }
  });

  it('moves 1,000 highlights when a paragraph is inserted at the start', () => {
    const inserted = 'Editor’s note: this analysis was updated on January 22 with reports from Basra.\n\n';
    const edited = inserted + text;
    const highlights = highlightsOn(text, article.contentHash, 1000);
    const results = anchorAll(edited, highlights);
    expect(results.size).toBe(1000);
    for (const h of highlights) {
      const shifted = { start: h.position.start + inserted.length, end: h.position.end + inserted.length };
      expect(results.get(h.id), h.quote.exact).toEqual({ status: 'moved', ...shifted });
    }
  });

  it('does not trust an unchanged hash whose positions are wrong', () => {
    const [h] = highlightsOn(text, article.contentHash, 1);
    const stale = { ...h!, position: { ...h!.position, start: h!.position.start + 1, end: h!.position.end + 1 } };
    expect(anchorAll(text, [stale]).get(stale.id)).toMatchObject({ start: h!.position.start, end: h!.position.end });
  });

  it('reports orphans by id alongside placed highlights', () => {
    const [kept, lost] = [
      { id: 'kept', ...describeRange(text, 0, 40), contentHash: 'old' },
      { id: 'lost', ...describeRange(text, 200, 300), contentHash: 'old' },
    ];
    const edited = text.slice(0, 150) + text.slice(350);
    const results = anchorAll(edited, [kept!, lost!]);
    expect(results.get('kept')).toEqual({ status: 'exact', start: 0, end: 40 });
    expect(results.get('lost')).toEqual({ status: 'orphan' });
  });
});
