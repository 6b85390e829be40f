import { describe, expect, it } from 'vitest';
import { ensureTags, listAllTags } from './tags-repo';
import { freshDb } from './testing/sample-records';

describe('tags repository', () => {
  it('creates tags case-insensitively, keeping the first spelling', async () => {
    const db = freshDb('tags');
    expect(await ensureTags(db, ['Iraq', 'protests'])).toEqual(['Iraq', 'protests']);
    expect(await ensureTags(db, ['IRAQ', 'Militias', 'militias', '  civil   disobedience '])).toEqual([
      'Iraq',
      'Militias',
      'civil disobedience',
    ]);
    expect((await listAllTags(db)).map((t) => t.name)).toEqual(['civil disobedience', 'Iraq', 'Militias', 'protests']);
  });

  it('drops blank names and refuses over-long ones', async () => {
    const db = freshDb('tags');
    expect(await ensureTags(db, ['', '   '])).toEqual([]);
    await expect(ensureTags(db, ['x'.repeat(65)])).rejects.toThrow('is too long (at most 64 characters)');
    expect(await listAllTags(db)).toEqual([]);
  });

  it('treats names that differ only in accents or quote style as one tag (the shared tag rule)', async () => {
    const db = freshDb('tags');
    expect(await ensureTags(db, ['cafe', 'Kata’ib'])).toEqual(['cafe', 'Kata’ib']);
    expect(await ensureTags(db, ['CAFÉ', "kata'ib", 'Élan', 'elan'])).toEqual(['cafe', 'Kata’ib', 'Élan']);
    // Listed in key order: accents do not push "Élan" after "Iraq".
    await ensureTags(db, ['Iraq']);
    expect((await listAllTags(db)).map((t) => t.name)).toEqual(['cafe', 'Élan', 'Iraq', 'Kata’ib']);
  });
});
