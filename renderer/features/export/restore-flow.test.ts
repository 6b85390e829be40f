/**
 * The restore flow against a real (fake-indexeddb) Dexie: preview writes nothing, newer local text
 * survives a restore unless chosen, a snapshot makes Restore undoable, and a stale preview is refused.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/model/result';
import { createHighlight, deleteHighlight, exportAllRecords, listSnapshots, upsertHighlightNote, type GlossDb } from '../../db';
import { freshDb, sampleHighlight } from '../../db/testing/sample-records';
import { backUp, type BackupDeps } from './backup-flow';
import { applyRestorePreview, isPreview, previewRestore, undoRestore, type RestorePreview } from './restore-flow';

const ARTICLE = { id: '000_8a7174939e31e350', contentHash: '8a7174939e31e350' };
let clock = new Date('2024-05-06T07:08:09.000Z').getTime();

function deps(db: GlossDb): BackupDeps & { saved: string[] } {
  const saved: string[] = [];
  return {
    db,
    articles: [ARTICLE],
    now: () => new Date((clock += 1000)),
    host: { kind: 'browser', saveFile: async (f) => (saved.push(f.content), ok({ path: f.name })), openBackupFile: async () => ok(null) },
    saved,
  };
}

async function backupOf(db: GlossDb): Promise<string> {
  const d = deps(db);
  expect((await backUp(d)).tone).toBe('success');
  return d.saved[0]!;
}

async function preview(db: GlossDb, text: string): Promise<RestorePreview> {
  const p = await previewRestore({ db }, async () => ({ name: 'gloss-backup-2024-05-06.json', text }));
  if (!isPreview(p)) throw new Error(`no preview: ${JSON.stringify(p)}`);
  return p;
}

/** Waits past the millisecond so updatedAt strictly orders edits. */
const tick = () => new Promise((r) => setTimeout(r, 3));

describe('restore flow', () => {
  it('previews without writing, keeps a note edited since the backup, and undoes to exactly the state before', async () => {
    const db = freshDb('restore-flow');
    const h = await createHighlight(db, sampleHighlight(120));
    await upsertHighlightNote(db, h.id, { body: 'In the backup.' });
    const text = await backupOf(db);
    await tick();
    await upsertHighlightNote(db, h.id, { body: 'Written after the backup: my newest words.' });
    const h2 = await createHighlight(db, sampleHighlight(400));
    const before = await exportAllRecords(db);

    const p = await preview(db, text);
    expect(await exportAllRecords(db)).toEqual(before);
    expect(p.plan.counts).toMatchObject({ added: 0, updated: 0, conflicts: 1 });
    expect(p.plan.conflicts[0]).toMatchObject({ kind: 'note', reason: 'newer-here', here: { body: 'Written after the backup: my newest words.' }, backup: { body: 'In the backup.' } });

    // No choice: the newer words stay.
    const kept = await applyRestorePreview(deps(db), p, {});
    expect(kept.status).toEqual({ tone: 'success', message: expect.stringMatching(/^Restored: nothing added; nothing updated; \d+ highlights? unchanged\. Of 1 record newer or deleted here, 0 were taken from the backup and 1 kept as it was\.$/) });
    expect((await db.notes.toArray())[0]!.body).toBe('Written after the backup: my newest words.');

    // Chosen explicitly: the backup's text, then Undo brings the newest words back.
    const p2 = await preview(db, text);
    const taken = await applyRestorePreview(deps(db), p2, { [p2.plan.conflicts[0]!.key]: 'use-backup' });
    expect(taken.status.tone).toBe('success');
    expect((await db.notes.toArray())[0]).toMatchObject({ body: 'In the backup.', revision: 3 });
    expect((await listSnapshots(db)).map((s) => s.label)).toEqual(['gloss-backup-2024-05-06.json', 'gloss-backup-2024-05-06.json']);

    const undone = await undoRestore(deps(db), taken.snapshotId!);
    expect(undone).toEqual({ tone: 'success', message: 'Restore undone: your notes are as they were before gloss-backup-2024-05-06.json was restored.' });
    const after = await exportAllRecords(db);
    expect(after.notes.map((n) => n.body)).toEqual(['Written after the backup: my newest words.']);
    expect(after.highlights.map((x) => x.id).sort()).toEqual([h.id, h2.id].sort());
    // Undoing twice is refused and changes nothing.
    expect((await undoRestore(deps(db), taken.snapshotId!)).tone).toBe('error');
  });

  it('brings a deleted highlight back only when chosen; Undo deletes it again with its tombstone', async () => {
    const db = freshDb('restore-deleted');
    const h = await createHighlight(db, sampleHighlight(120));
    await upsertHighlightNote(db, h.id, { body: 'Note on it.' });
    const text = await backupOf(db);
    await deleteHighlight(db, h.id);

    const p = await preview(db, text);
    expect(p.plan.conflicts.map((c) => [c.kind, c.reason])).toEqual([['highlight', 'deleted-here']]);
    const applied = await applyRestorePreview(deps(db), p, { [`highlight:${h.id}`]: 'use-backup' });
    expect(applied.status.tone).toBe('success');
    const back = await exportAllRecords(db);
    expect(back.highlights.map((x) => x.id)).toEqual([h.id]);
    expect(back.notes.map((n) => n.body)).toEqual(['Note on it.']);
    expect(back.tombstones).toEqual([]);

    expect((await undoRestore(deps(db), applied.snapshotId!)).tone).toBe('success');
    const again = await exportAllRecords(db);
    expect(again.highlights).toEqual([]);
    expect(again.tombstones.map((t) => t.id).sort()).toEqual([h.id, back.notes[0]!.id].sort());
  });

  it('Undo leaves a record edited after the restore as it is, and says so', async () => {
    const db = freshDb('restore-undo-edited');
    const h = await createHighlight(db, sampleHighlight(120));
    await upsertHighlightNote(db, h.id, { body: 'old' });
    const text = await backupOf(db);
    await tick();
    await upsertHighlightNote(db, h.id, { body: 'newer' });
    const p = await preview(db, text);
    const applied = await applyRestorePreview(deps(db), p, { [p.plan.conflicts[0]!.key]: 'keep-both' });
    const merged = (await db.notes.toArray())[0]!;
    expect(merged.body).toBe('newer\n\n---\n\nold');
    await upsertHighlightNote(db, h.id, { body: 'edited after the restore', base: { revision: merged.revision, body: merged.body } });
    const undone = await undoRestore(deps(db), applied.snapshotId!);
    expect(undone).toEqual({ tone: 'success', message: expect.stringMatching(/1 record edited since the restore was left as it is\.$/) });
    expect((await db.notes.toArray())[0]!.body).toBe('edited after the restore');
  });

  it('refuses a stale preview: a note saved in another tab after the preview is not overwritten', async () => {
    const db = freshDb('restore-stale');
    const h = await createHighlight(db, sampleHighlight(120));
    await upsertHighlightNote(db, h.id, { body: 'old' });
    const text = await backupOf(db);
    await tick();
    await upsertHighlightNote(db, h.id, { body: 'newer' });
    const p = await preview(db, text);
    await upsertHighlightNote(db, h.id, { body: 'typed in another tab during the preview' });
    const applied = await applyRestorePreview(deps(db), p, { [p.plan.conflicts[0]!.key]: 'use-backup' });
    expect(applied).toEqual({ status: { tone: 'error', message: expect.stringMatching(/changed while the restore preview was open.*Nothing was restored/) }, snapshotId: null });
    expect((await db.notes.toArray())[0]!.body).toBe('typed in another tab during the preview');
  });
});
