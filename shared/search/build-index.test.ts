import { readFileSync } from 'node:fs';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { loadIndex } from './loaded-index';
import { stemWord } from './pipeline';
import { makeArticle } from './testing/make-article';
import { seedArticle } from './testing/seed-fixture';

const seed = seedArticle((p) => readFileSync(p, 'utf8'));

describe('buildSearchIndex', () => {
  const json = JSON.parse(JSON.stringify(buildSearchIndex([seed])));

  it('serialises the gloss pipeline so the index loads without rebuilding', () => {
    expect(json.pipeline).toEqual(['glossFold', 'stemmer']);
    expect(json.fields).toEqual(['title', 'byline', 'source', 'headings', 'body']);
    const loaded = loadIndex(json);
    expect(loaded.ok).toBe(true);
  });

  it('stores folded, apostrophe-free stems and leaves stop words out', () => {
    const terms = new Set((json.invertedIndex as [string, unknown][]).map(([t]) => t));
    for (const t of ['kataib', stemWord('muhandis'), 'al', 'iran', 'regim', 'soleimani', 'protest', 'pmoi', 'mek']) expect(terms.has(t), t).toBe(true);
    for (const t of ['the', 'of', 'kata’ib', "kata'ib", 'al-muhandis', 'iran’s']) expect(terms.has(t), t).toBe(false);
  });

  it('indexes each id once', () => {
    const a = makeArticle('same', { title: 'First' });
    const b = makeArticle('same', { title: 'Second' });
    const index = buildSearchIndex([a, b]);
    expect(index.search('first').map((r) => r.ref)).toEqual(['same']);
    expect(index.search('second')).toEqual([]);
  });
});

describe('loadIndex', () => {
  it('explains an index that is missing, foreign or corrupt', () => {
    const problem = (json: unknown) => {
      const r = loadIndex(json);
      return r.ok ? null : r.problem;
    };
    expect(problem(null)).toMatch(/missing or is not an index/);
    const plain = JSON.parse(JSON.stringify(lunr(function () {
      this.ref('id');
      this.field('title');
    })));
    expect(problem(plain)).toMatch(/different text pipeline/);
    expect(problem({ pipeline: ['glossFold', 'stemmer'] })).toMatch(/could not be read/);
  });
});
