import { describe, expect, it } from 'vitest';
import { articleMeta, encodeArticleText, encodeLibraryMeta, LIBRARY_FORMAT_VERSION, type CorpusFiles } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';
import { buildCompactIndex } from '../../shared/search/build-index';
import { makeArticle } from '../../shared/search/testing/make-article';
import { openGlossDb, userIndexStore } from '../db';
import { createSearchClient, type SearchClient } from './search-client';
import type { UserIndexChange, UserIndexStore } from './user-index';

const bundled = makeArticle('b1', { title: 'Harbour records', sections: [{ paragraphs: ['The harbour master kept a ledger of ships.'] }] });
const mine = (id: string, title: string, word: string): Article => ({ ...makeArticle(id, { title, sections: [{ paragraphs: [`A note about ${word} and ships.`] }] }), contentHash: `h-${id}` });

function files(): CorpusFiles {
  const text = encodeArticleText(bundled);
  return {
    library: new TextEncoder().encode(encodeLibraryMeta({ formatVersion: LIBRARY_FORMAT_VERSION, builtAt: '2024-01-01T00:00:00.000Z', articles: [articleMeta(bundled, [0, text.length])] })),
    articleText: text,
    index: buildCompactIndex([bundled]),
  };
}

/** The real store, counting what it is asked to write. */
function countingStore(store: UserIndexStore) {
  const changes: UserIndexChange[] = [];
  return { changes, store: { load: store.load, apply: async (c: UserIndexChange) => { changes.push(c); await store.apply(c); } } };
}

const ready = (client: SearchClient) =>
  new Promise<void>((resolve) => {
    const check = () => client.getState().status !== 'preparing' && resolve();
    client.subscribe(check);
    check();
  });
const ids = async (client: SearchClient, q: string) => (await client.search(q)).results.map((r) => r.articleId);
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the search client’s user index, stored in the database', () => {
  it('indexes an import once, keeps its part across a restart, and follows removals and edits', async () => {
    const db = openGlossDb(`user-index-${Date.now()}`);
    const first = countingStore(userIndexStore(db));
    const a = mine('m1', 'Lighthouse keepers', 'lanterns');
    const b = mine('m2', 'Tide tables', 'moons');
    const client = createSearchClient(Promise.resolve(files()), first.store);
    client.setImported([a, b]);
    await ready(client);
    expect(await ids(client, 'ships')).toEqual(expect.arrayContaining(['b1', 'm1', 'm2']));
    await settle();
    expect(first.changes.flatMap((c) => c.built.map((p) => p.articleId))).toEqual(['m1', 'm2']);
    expect((await db.userIndexParts.toArray()).map((p) => p.articleId).sort()).toEqual(['m1', 'm2']);

    // A restart: a new client over the same database indexes nothing again.
    const second = countingStore(userIndexStore(db));
    const again = createSearchClient(Promise.resolve(files()), second.store);
    again.setImported([a, b]);
    await ready(again);
    expect(await ids(again, 'lanterns')).toEqual(['m1']);
    await settle();
    expect(second.changes).toEqual([]);

    // Removing one drops its part; editing a title re-indexes that one only.
    again.setImported([{ ...a, title: 'Keepers of the light' }]);
    await ready(again);
    expect(await ids(again, 'moons')).toEqual([]);
    expect(await ids(again, 'title:keepers')).toEqual(['m1']);
    expect(await ids(again, 'title:lighthouse')).toEqual([]);
    await settle();
    expect(second.changes).toEqual([{ built: [expect.objectContaining({ articleId: 'm1' })], removed: ['m2'] }]);
    expect((await db.userIndexParts.toArray()).map((p) => p.articleId)).toEqual(['m1']);
    db.close();
  });
});
