/** Automatic backups in a real temporary folder: one per day, the newest seven kept, junk refused, names checked. */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../shared/export/backup/create-backup';
import { AUTO_BACKUPS_KEPT, listAutoBackups, localDay, readAutoBackup, writeDailyBackup } from './auto-backup';

const backupText = (note: string) =>
  serializeBackup(
    createBackup({
      highlights: [],
      notes: [{ id: 'note_1', articleId: 'a', highlightId: null, body: note, tags: [], createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z', revision: 1 }],
      tags: [],
      readingStates: [],
      articles: [],
      exportedAt: '2024-03-01T10:00:00.000Z',
    }),
  );
const day = (d: number) => new Date(2024, 2, d, 12, 0, 0);

describe('automatic backups', () => {
  it('writes one file per local day and keeps the day’s first', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'gloss-auto-')), 'backups');
    expect(await writeDailyBackup(dir, backupText('morning'), day(1))).toEqual({ ok: true, value: { name: 'gloss-auto-2024-03-01.json', written: true } });
    expect(await writeDailyBackup(dir, backupText('afternoon'), day(1))).toEqual({ ok: true, value: { name: 'gloss-auto-2024-03-01.json', written: false } });
    const read = await readAutoBackup(dir, 'gloss-auto-2024-03-01.json');
    expect(read.ok && read.value.text).toContain('"body": "morning"');
    expect(localDay(new Date(2024, 0, 5, 0, 30))).toBe('2024-01-05');
  });

  it('keeps the newest seven, newest first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-auto-'));
    await writeFile(join(dir, 'not-a-backup.txt'), 'mine');
    for (let d = 1; d <= 10; d++) expect((await writeDailyBackup(dir, backupText(`day ${d}`), day(d))).ok).toBe(true);
    const list = await listAutoBackups(dir);
    expect(list).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(list.map((b) => b.day)).toEqual(['2024-03-10', '2024-03-09', '2024-03-08', '2024-03-07', '2024-03-06', '2024-03-05', '2024-03-04']);
    expect(list[0]!.bytes).toBeGreaterThan(100);
    // Files that are not Gloss's automatic backups are never touched.
    expect((await readdir(dir)).filter((n) => !n.startsWith('gloss-auto-'))).toEqual(['not-a-backup.txt']);
  });

  it('refuses content that is not a Gloss backup, and names that are not its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-auto-'));
    const refused = await writeDailyBackup(dir, '{"hello":"world"}', day(1));
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/^Refused an automatic backup that is not a valid Gloss backup: This file is not a Gloss backup/) });
    expect(await readdir(dir)).toEqual([]);
    expect((await writeDailyBackup(dir, 42, day(1))).ok).toBe(false);
    for (const bad of ['../secrets.json', 'gloss-auto-2024-03-01.json/../../x', '/etc/passwd', 42]) {
      expect((await readAutoBackup(dir, bad)).ok).toBe(false);
    }
    expect(await readAutoBackup(dir, 'gloss-auto-2020-01-01.json')).toEqual({ ok: false, error: 'gloss-auto-2020-01-01.json is no longer there (only the newest 7 are kept).' });
  });

  it('lists nothing before the first backup', async () => {
    expect(await listAutoBackups(join(tmpdir(), `gloss-none-${Date.now()}`))).toEqual([]);
    await expect(readFile(join(tmpdir(), 'nope-gloss'), 'utf8')).rejects.toThrow();
  });
});
