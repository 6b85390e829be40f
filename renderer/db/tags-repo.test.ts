import { describe, expect, it } from 'vitest';
import { ensureTags, listAllTags, suggestTags } from './tags-repo';
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

  it('suggests tags by case-insensitive prefix, alphabetically, up to a limit', async () => {
    const db = freshDb('tags');
    await ensureTags(db, ['Protests', 'Prime minister', 'propaganda', 'Baghdad', 'PMOI']);
    expect(await suggestTags(db, 'pr')).toEqual(['Prime minister', 'propaganda', 'Protests']);
    expect(await suggestTags(db, 'PRO')).toEqual(['propaganda', 'Protests']);
    expect(await suggestTags(db, 'p', 2)).toEqual(['PMOI', 'Prime minister']);
    expect(await suggestTags(db, '  bag')).toEqual(['Baghdad']);
    expect(await suggestTags(db, 'zz')).toEqual([]);
    expect(await suggestTags(db, '', 10)).toHaveLength(5);
    expect(await suggestTags(db, 'p', 0)).toEqual([]);
  });
});
