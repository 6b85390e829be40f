import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../shared/corpus';
import type { Article } from '../../shared/model';
import type { Searcher } from '../../shared/search';
import { librarySource } from '../../shared/search/article-source';
import { buildCompactIndex } from '../../shared/search/build-index';
import { ALL_BENCH_QUERIES } from '../../shared/search/testing/bench-queries';
import { searcherFor } from '../../shared/search/testing/library';
import { UserIndex, type StoredPart } from '../../shared/search/user-index/user-index';
import { benchFiles } from './bench-corpus';

const root = resolve(__dirname, '../..');
const decoder = new TextDecoder();

// Real text (State of the Union sections and mail): 150 articles "bundled", 30 "imported".
const sources = benchFiles(root, 6_000)
  .filter((_, i) => i % 33 === 0)
  .map((f) => ({ file: f.file, text: decoder.decode(f.bytes) }));
const { articles } = buildCorpus(sources);
const bundled = articles.slice(0, 150);
const imported = articles.slice(150, 180);
const QUERIES = [...ALL_BENCH_QUERIES, 'title:"state of the union"', 'people', 'free*', 'click', 'war peace'];

function userSearcher(user: UserIndex): Searcher {
  return user.searcher();
}

function newUserIndex(): UserIndex {
  return new UserIndex(librarySource({ articles: bundled }), buildCompactIndex(bundled));
}

/** Every query's whole answer: refs in order, scores (===), totals, snippets, matches and messages. */
function answers(s: Searcher) {
  return QUERIES.map((q) => ({ q, ...s.search(q, { limit: 40 }) }));
}

function expectSameAsRebuild(user: UserIndex, importedNow: Article[]) {
  const rebuilt = searcherFor([...bundled, ...importedNow]);
  expect(answers(userSearcher(user))).toEqual(answers(rebuilt));
}

describe('the user index (one small index per imported article, merged with the bundled one)', () => {
  it('ranks and counts exactly as one index rebuilt over everything, after adding, removing and editing', () => {
    expect(imported.length).toBe(30);
    const user = newUserIndex();
    const first = user.set(imported.slice(0, 20));
    expect(first.built.map((p) => p.articleId)).toEqual(imported.slice(0, 20).map((a) => a.id));
    expectSameAsRebuild(user, imported.slice(0, 20));

    // Add ten: only those ten are indexed.
    const added = user.set(imported);
    expect(added.built).toHaveLength(10);
    expect(user.indexedCount).toBe(30);
    expectSameAsRebuild(user, imported);

    // Remove one: nothing is indexed again.
    const without = imported.filter((_, i) => i !== 7);
    const removal = user.set(without);
    expect(removal).toEqual({ built: [], removed: [imported[7]!.id] });
    expect(user.indexedCount).toBe(30);
    expectSameAsRebuild(user, without);

    // Edit one's title: only that one is indexed again, and the new title is found.
    const edited = without.map((a, i) => (i === 3 ? { ...a, title: 'Zanzibar cloves and the spice trade' } : a));
    expect(user.set(edited).built.map((p) => p.articleId)).toEqual([without[3]!.id]);
    expect(user.indexedCount).toBe(31);
    expectSameAsRebuild(user, edited);
    const found = userSearcher(user).search('title:zanzibar');
    expect(found.results.map((r) => r.articleId)).toEqual([without[3]!.id]);
    expect(found.results[0]!.title).toBe('Zanzibar cloves and the spice trade');
  });

  it('after a restart, loads the stored parts instead of indexing again', () => {
    const before = newUserIndex();
    const stored: StoredPart[] = before.set(imported).built.map((p) => ({ ...p, bytes: p.bytes.slice() }));
    const after = newUserIndex();
    const change = after.set(imported, stored);
    expect(change).toEqual({ built: [], removed: [] });
    expect(after.indexedCount).toBe(0);
    expect(answers(userSearcher(after))).toEqual(answers(userSearcher(before)));
    expectSameAsRebuild(after, imported);
  });

  it('indexes again only the articles whose stored part is stale or missing, and drops parts no article needs', () => {
    const stored = newUserIndex().set(imported).built;
    const edited = imported.map((a, i) => (i === 0 ? { ...a, title: `${a.title} (revised)` } : a)).slice(0, 29);
    const change = newUserIndex().set(edited, stored);
    expect(change.built.map((p) => p.articleId)).toEqual([imported[0]!.id]);
    expect(change.removed).toEqual([imported[29]!.id]);
  });
});
