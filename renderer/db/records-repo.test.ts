import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createBackup, serializeBackup } from '../../shared/export/backup/create-backup';
import { parseBackup } from '../../shared/export/backup/parse-backup';
import { recordsArb } from '../../shared/export/test-support/arbitraries';
import { createHighlight } from './highlights-repo';
import { upsertArticleNote, upsertHighlightNote } from './notes-repo';
import { saveReadingState } from './reading-state-repo';
import { applyRecords, clearAll, exportAllRecords, type RecordBundle } from './records-repo';
import { setSetting, getSettings } from './settings-repo';
import { freshDb, sampleHighlight } from './testing/sample-records';
import type { GlossDb } from './gloss-db';

const ARTICLE = '000_8a7174939e31e350';

async function populate(db: GlossDb): Promise<RecordBundle> {
  const h = await createHighlight(db, sampleHighlight(10, { tags: ['Iraq'] }));
  await createHighlight(db, sampleHighlight(300, { color: 'pink' }));
  await upsertHighlightNote(db, h.id, { body: 'note on a highlight', tags: ['Protests'] });
  await upsertArticleNote(db, ARTICLE, { body: 'article note' });
  await saveReadingState(db, ARTICLE, 0.3);
  return exportAllRecords(db);
}

describe('records repository (backup and restore)', () => {
  it('exports everything the reader made, and applyRecords rebuilds it in another database', async () => {
    const source = freshDb('records');
    const bundle = await populate(source);
    expect(bundle.highlights).toHaveLength(2);
    expect(bundle.notes).toHaveLength(2);
    expect(bundle.tags.map((t) => t.name)).toEqual(['Iraq', 'Protests']);
    expect(bundle.tags[0]).not.toHaveProperty('key');
    expect(bundle.readingStates).toEqual([expect.objectContaining({ articleId: ARTICLE, scrollFraction: 0.3 })]);

    const target = freshDb('records');
    await applyRecords(target, bundle);
    expect(await exportAllRecords(target)).toEqual(bundle);
  });

  it('writes nothing when a write fails mid-transaction', async () => {
    const db = freshDb('records');
    const before = await populate(db);
    const incoming: RecordBundle = {
      highlights: [{ ...before.highlights[0]!, id: 'hl_incoming', color: 'blue' }],
      notes: [{ ...before.notes[0]!, id: 'note_incoming', highlightId: 'hl_incoming' }],
      tags: [{ name: 'Incoming', createdAt: '2024-01-01T00:00:00.000Z' }],
      readingStates: [{ articleId: 'elsewhere', scrollFraction: 0.5, updatedAt: '2024-01-01T00:00:00.000Z' }],
    };
    // Tags and highlights are written before notes; the notes write then fails.
    const spy = vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(applyRecords(db, incoming)).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await exportAllRecords(db)).toEqual(before);
  });

  it('refuses a bundle with an invalid record, naming the problem, before writing', async () => {
    const db = freshDb('records');
    const before = await populate(db);
    const bad = structuredClone(before);
    bad.highlights[1]!.position = { type: 'TextPositionSelector', start: 50, end: 20 };
    bad.tags.push({ name: 'New', createdAt: '2024-01-01T00:00:00.000Z' });
    await expect(applyRecords(db, bad)).rejects.toThrow('start 50 is not before end 20');
    expect(await exportAllRecords(db)).toEqual(before);
  });

  it('merges tags from a backup by the tag rule (case and accents ignored)', async () => {
    const db = freshDb('records');
    await applyRecords(db, {
      highlights: [],
      notes: [],
      tags: [
        { name: 'Iraq', createdAt: '2020-01-01T00:00:00.000Z' },
        { name: 'IRAQ', createdAt: '2021-01-01T00:00:00.000Z' },
        { name: 'Íraq', createdAt: '2021-01-01T00:00:00.000Z' },
      ],
      readingStates: [],
    });
    expect((await exportAllRecords(db)).tags).toEqual([{ name: 'Iraq', createdAt: '2020-01-01T00:00:00.000Z' }]);
  });

  it('accepts every backup parseBackup accepts: the schema and the store share one rule', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, async (records) => {
        const parsed = parseBackup(serializeBackup(createBackup({ ...records, exportedAt: '2024-03-02T09:30:00.000Z' })));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const db = freshDb('records-prop');
        await applyRecords(db, parsed.value);
        const back = await exportAllRecords(db);
        expect(back.highlights).toHaveLength(parsed.value.highlights.length);
        expect(back.tags.map((t) => t.name).sort()).toEqual(parsed.value.tags.map((t) => t.name).sort());
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('clearAll empties the reader’s records together but keeps settings', async () => {
    const db = freshDb('records');
    await populate(db);
    await setSetting(db, 'fontSize', 22);
    await clearAll(db);
    expect(await exportAllRecords(db)).toEqual({ highlights: [], notes: [], tags: [], readingStates: [], tombstones: [] });
    expect((await getSettings(db)).fontSize).toBe(22);
  });
});
