import { describe, expect, it } from 'vitest';
import { getReadingState, saveReadingState } from './reading-state-repo';
import { freshDb } from './testing/sample-records';

describe('reading state repository', () => {
  it('saves and reads back a scroll fraction per article', async () => {
    const db = freshDb('reading');
    await saveReadingState(db, 'a', 0.4);
    await saveReadingState(db, 'b', 0.9);
    await saveReadingState(db, 'a', 0.5);
    expect((await getReadingState(db, 'a'))?.scrollFraction).toBe(0.5);
    expect((await getReadingState(db, 'b'))?.scrollFraction).toBe(0.9);
    expect(await getReadingState(db, 'never-opened')).toBeUndefined();
    expect(Date.parse((await getReadingState(db, 'a'))!.updatedAt)).not.toBeNaN();
  });

  it('clamps overscroll into 0..1 and refuses non-numbers', async () => {
    const db = freshDb('reading');
    expect((await saveReadingState(db, 'a', 1.07)).scrollFraction).toBe(1);
    expect((await saveReadingState(db, 'a', -0.2)).scrollFraction).toBe(0);
    await expect(saveReadingState(db, 'a', Number.NaN)).rejects.toThrow('A reading position must be a number.');
    await expect(saveReadingState(db, '', 0.5)).rejects.toThrow('Which article');
    expect((await getReadingState(db, 'a'))?.scrollFraction).toBe(0);
  });
});
