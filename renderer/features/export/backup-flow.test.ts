import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../shared/model/result';
import type { ExportFile } from '../../../shared/ipc/contract';
import { parseBackup } from '../../../shared/export/backup/parse-backup';
import { createHighlight, exportAllRecords, upsertHighlightNote, saveReadingState, type GlossDb } from '../../db';
import { freshDb, sampleHighlight } from '../../db/testing/sample-records';
import { backUp, clearEverything, restoreFromFile, type BackupDeps } from './backup-flow';
import { restoreMessage } from './restore-flow';

const ARTICLE = { id: '000_8a7174939e31e350', contentHash: '8a7174939e31e350' };
const NOW = new Date('2024-05-06T07:08:09.000Z');

function deps(db: GlossDb, file: { name: string; text: string } | null = null) {
  const saved: ExportFile[] = [];
  const d: BackupDeps = {
    db,
    articles: [ARTICLE],
    now: () => NOW,
    host: {
      kind: 'browser',
      saveFile: async (f) => (saved.push(f), ok({ path: f.name })),
      openBackupFile: async () => ok(file),
    },
  };
  return { d, saved };
}

async function seed(db: GlossDb) {
  const h = await createHighlight(db, { ...sampleHighlight(120), tags: ['Iraq'] });
  await upsertHighlightNote(db, h.id, { body: 'Compare with *2019*.', tags: ['protest'] });
  await saveReadingState(db, ARTICLE.id, 0.4);
  return h;
}

async function backupText(db: GlossDb): Promise<string> {
  const { d, saved } = deps(db);
  const status = await backUp(d);
  expect(status).toEqual({ tone: 'success', message: 'Downloaded gloss-backup-2024-05-06.json (1 highlight, 1 note, 2 tags).' });
  expect(saved.map((f) => f.name)).toEqual(['gloss-backup-2024-05-06.json']);
  return saved[0]!.content;
}

describe('backUp', () => {
  it('saves every record and the corpus hashes as a parseable backup', async () => {
    const db = freshDb('backup');
    const h = await seed(db);
    const parsed = parseBackup(await backupText(db));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.articles).toEqual([ARTICLE]);
    expect(parsed.value.highlights.map((x) => x.id)).toEqual([h.id]);
    expect(parsed.value.notes[0]!.body).toBe('Compare with *2019*.');
    expect(parsed.value.readingStates.map((r) => r.scrollFraction)).toEqual([0.4]);
  });

  it('reports a host failure', async () => {
    const { d } = deps(freshDb('backup-fail'));
    const status = await backUp({ ...d, host: { ...d.host, saveFile: async () => err('Disk full.') } });
    expect(status).toEqual({ tone: 'error', message: 'Disk full.' });
  });
});

describe('restoreFromFile', () => {
  it('restores a backup into an emptied database, identically', async () => {
    const db = freshDb('restore');
    await seed(db);
    const before = await exportAllRecords(db);
    const text = await backupText(db);
    expect((await clearEverything(deps(db).d)).tone).toBe('success');
    expect((await exportAllRecords(db)).highlights).toEqual([]);

    const status = await restoreFromFile(deps(db, { name: 'b.json', text }).d);
    // Says what was added, not just how many (issue 12: "5 added").
    expect(status).toEqual({ tone: 'success', message: 'Restored: 1 highlight, 1 note, 2 tags and 1 reading position added; nothing updated; nothing unchanged.' });
    expect(await exportAllRecords(db)).toEqual(before);
  });

  it('merges by id: restoring the same backup twice adds nothing', async () => {
    const db = freshDb('restore-twice');
    await seed(db);
    const text = await backupText(db);
    const status = await restoreFromFile(deps(db, { name: 'b.json', text }).d);
    expect(status).toEqual({ tone: 'success', message: 'Restored: nothing added; nothing updated; 1 highlight, 1 note, 2 tags and 1 reading position unchanged.' });
    expect((await exportAllRecords(db)).highlights).toHaveLength(1);
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length / 2), /not valid JSON \(it may be truncated\)/],
    ['foreign', () => JSON.stringify({ hello: 'world' }), /not a Gloss backup/],
    ['future', (t: string) => t.replace('"version": 2', '"version": 9'), /newer Gloss \(format 9\)/],
    ['empty', () => '', /empty/],
  ])('refuses a %s file with its message and changes nothing', async (_label, damage, message) => {
    const db = freshDb('restore-bad');
    await seed(db);
    const text = await backupText(db);
    await upsertHighlightNote(db, (await exportAllRecords(db)).highlights[0]!.id, { body: 'edited after the backup' });
    const before = await exportAllRecords(db);
    const status = await restoreFromFile(deps(db, { name: 'bad.json', text: damage(text) }).d);
    expect(status.tone).toBe('error');
    if (status.tone === 'error') {
      expect(status.message).toMatch(message);
      expect(status.message).toMatch(/^bad\.json: .*Your notes were not changed\.$/);
    }
    expect(await exportAllRecords(db)).toEqual(before);
  });

  it('says so when the reader cancels the file picker', async () => {
    expect((await restoreFromFile(deps(freshDb('restore-cancel')).d)).tone).toBe('info');
  });
});

describe('restoreMessage', () => {
  it('mentions articles whose text changed or that are not in the library', () => {
    const backup = {
      articles: [ARTICLE, { id: 'gone', contentHash: 'x' }, { id: 'other', contentHash: 'y' }],
      highlights: [{ articleId: ARTICLE.id }, { articleId: 'gone' }] as never,
    };
    const text = restoreMessage({ added: 2, updated: 0, unchanged: 0 }, backup, [{ id: ARTICLE.id, contentHash: 'changed' }, { id: 'other', contentHash: 'z' }]);
    expect(text).toBe(
      'Restored: 2 added, 0 updated, 0 unchanged. 1 article changed since the backup; their highlights are re-attached when opened. 1 article with highlights is not in this library; those highlights are kept but cannot be shown.',
    );
  });
});
