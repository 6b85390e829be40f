import { describe, expect, it } from 'vitest';
import { createTabSession } from './tab-session';

/** A lock manager shared by "tabs" in one test, as the browser shares one per origin. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request: async (name: string) => void held.add(name),
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

describe('tab sessions', () => {
  it('says a draft belongs to another open tab only while that tab holds its lock', async () => {
    const locks = fakeLocks();
    const a = createTabSession(locks);
    const b = createTabSession(locks);
    await Promise.resolve();
    expect(await b.isLiveElsewhere(a.id)).toBe(true);
    expect(await b.isLiveElsewhere(b.id)).toBe(false);
    // Tab A reloads or closes: the browser drops its lock.
    locks.held.delete(`gloss-tab:${a.id}`);
    expect(await b.isLiveElsewhere(a.id)).toBe(false);
  });

  it('without Web Locks every other tab’s draft is an orphan (restored rather than lost)', async () => {
    expect(await createTabSession(undefined).isLiveElsewhere('tab_other')).toBe(false);
  });
});
