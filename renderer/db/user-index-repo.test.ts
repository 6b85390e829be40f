import { describe, expect, it } from 'vitest';
import { freshDb } from './testing/sample-records';
import { userIndexStore } from './user-index-repo';

const part = (n: number) => ({ articleId: `imp-${n}`, key: `k${n}`, bytes: new Uint8Array([n % 256, 1, 2]) });

describe('the user index store', () => {
  it('writes many parts in chunks, and a removal asked for meanwhile lands after them', async () => {
    const db = freshDb('user-index-store');
    const store = userIndexStore(db);
    const built = Array.from({ length: 120 }, (_, n) => part(n));
    // Not awaited: the removal of a part still being written must not be overtaken by its put.
    const writing = store.apply({ built, removed: [] });
    const removing = userIndexStore(db).apply({ built: [], removed: ['imp-119'] });
    await Promise.all([writing, removing]);
    const stored = await store.load();
    expect(stored).toHaveLength(119);
    expect(stored.map((p) => p.articleId)).not.toContain('imp-119');
    expect(stored.find((p) => p.articleId === 'imp-7')).toEqual(part(7));
    db.close();
  });
});
