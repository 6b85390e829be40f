import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBackup } from './create-backup';
import { planRestore } from './plan-restore';
import { recordsArb } from '../test-support/arbitraries';
import { highlights, notes } from '../test-support/fixtures';

const exportedAt = '2024-03-02T09:30:00.000Z';
const empty = { highlights: [], notes: [], tags: [], readingStates: [] };
const backup = createBackup({
  highlights,
  notes,
  tags: [{ name: 'Iran', createdAt: exportedAt }, { name: 'timeline', createdAt: exportedAt }],
  readingStates: [{ articleId: highlights[0]!.articleId, scrollFraction: 0.4, updatedAt: exportedAt }],
  articles: [],
  exportedAt,
});

describe('planRestore', () => {
  it('into an empty store writes exactly the backup', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const b = createBackup({ ...records, exportedAt });
        const plan = planRestore(empty, b);
        expect(plan.put).toEqual({ highlights: b.highlights, notes: b.notes, tags: b.tags, readingStates: b.readingStates });
        expect(plan.counts).toEqual({ added: b.highlights.length + b.notes.length + b.tags.length + b.readingStates.length, updated: 0, unchanged: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('restoring a backup twice changes nothing the second time', () => {
    const plan = planRestore({ highlights: backup.highlights, notes: backup.notes, tags: backup.tags, readingStates: backup.readingStates }, backup);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 7 });
    expect(plan.put).toEqual(empty);
  });

  it('counts added, updated and unchanged; the backup wins on conflicts', () => {
    const [h0, h1] = backup.highlights;
    const existing = {
      // h0 recoloured and edited later than the backup: the backup's version still wins.
      highlights: [{ ...h0!, color: 'pink' as const, updatedAt: '2030-01-01T00:00:00.000Z' }, h1!, { ...h1!, id: 'hl_made_later' }],
      notes: [backup.notes[0]!],
      // Same tag in another case and with an accent (one tag by tagKey), and the reading state moved on.
      tags: [{ name: 'ÍRAN', createdAt: exportedAt }],
      readingStates: [{ ...backup.readingStates[0]!, scrollFraction: 0.9 }],
    };
    const plan = planRestore(existing, backup);
    expect(plan.put.highlights).toEqual([h0]);
    expect(plan.put.notes).toEqual([backup.notes[1]]);
    expect(plan.put.tags).toEqual([{ name: 'Iran', createdAt: exportedAt }, { name: 'timeline', createdAt: exportedAt }]);
    expect(plan.put.readingStates).toEqual(backup.readingStates);
    expect(plan.counts).toEqual({ added: 2, updated: 3, unchanged: 2 });
    expect(plan.byKind.highlights).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(plan.byKind.tags).toEqual({ added: 1, updated: 1, unchanged: 0 });
  });

  it('ignores extra fields on stored rows when comparing', () => {
    const stored = backup.highlights.map((h) => ({ ...h, anchorStatus: 'exact' }));
    const plan = planRestore({ ...empty, highlights: stored }, backup);
    expect(plan.byKind.highlights).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });

  it('never puts two records with one key', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (a, b) => {
        const plan = planRestore(createBackup({ ...a, exportedAt }), createBackup({ ...b, exportedAt }));
        const ids = plan.put.highlights.map((h) => h.id);
        expect(new Set(ids).size).toBe(ids.length);
        const total = plan.counts.added + plan.counts.updated + plan.counts.unchanged;
        const bb = createBackup({ ...b, exportedAt });
        expect(total).toBe(bb.highlights.length + bb.notes.length + bb.tags.length + bb.readingStates.length);
      }),
      { numRuns: 100 },
    );
  });
});
