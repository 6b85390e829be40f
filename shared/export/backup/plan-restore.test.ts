import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBackup } from './create-backup';
import { planRestore, resolveRestore, type StoredRecords } from './plan-restore';
import { recordsArb } from '../test-support/arbitraries';
import { highlights, noteOf, notes } from '../test-support/fixtures';

const exportedAt = '2024-03-02T09:30:00.000Z';
const later = '2030-01-01T00:00:00.000Z';
const now = '2031-01-01T00:00:00.000Z';
const empty: StoredRecords = { highlights: [], notes: [], tags: [], readingStates: [], tombstones: [] };
const backup = createBackup({
  highlights,
  notes,
  tags: [{ name: 'Iran', createdAt: exportedAt }, { name: 'timeline', createdAt: exportedAt }],
  readingStates: [{ articleId: highlights[0]!.articleId, scrollFraction: 0.4, updatedAt: exportedAt }],
  articles: [],
  exportedAt,
});
const stored = (over: Partial<StoredRecords> = {}): StoredRecords => ({
  highlights: backup.highlights,
  notes: backup.notes,
  tags: backup.tags,
  readingStates: backup.readingStates,
  tombstones: [],
  ...over,
});
const [h0, h1] = backup.highlights;
const [articleNote, highlightNote] = backup.notes;

describe('planRestore', () => {
  it('into an empty store writes exactly the backup, with no conflicts', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const b = createBackup({ ...records, exportedAt });
        const plan = planRestore(empty, b);
        expect(plan.conflicts).toEqual([]);
        expect(plan.put).toEqual({ highlights: b.highlights, notes: b.notes, tags: b.tags, readingStates: b.readingStates });
        expect(plan.counts).toEqual({ added: b.highlights.length + b.notes.length + b.tags.length + b.readingStates.length, updated: 0, unchanged: 0, conflicts: 0 });
        expect(resolveRestore(plan, {}, now).put).toEqual(plan.put);
      }),
      { numRuns: 200 },
    );
  });

  it('restoring a backup twice changes nothing the second time', () => {
    const plan = planRestore(stored(), backup);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 7, conflicts: 0 });
    expect(plan.put).toEqual({ highlights: [], notes: [], tags: [], readingStates: [] });
  });

  it('a revision alone is not a change', () => {
    const plan = planRestore(stored({ highlights: backup.highlights.map((h) => ({ ...h, revision: 9 })) }), backup);
    expect(plan.byKind.highlights).toEqual({ added: 0, updated: 0, unchanged: 2, conflicts: 0 });
  });

  it('never overwrites a note edited here after the backup: it is a conflict that keeps the text here by default', () => {
    const edited = { ...highlightNote!, body: 'My newer thinking.', updatedAt: later, revision: 4 };
    const plan = planRestore(stored({ notes: [articleNote!, edited] }), backup);
    expect(plan.put.notes).toEqual([]);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 6, conflicts: 1 });
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ key: `note:${edited.id}`, kind: 'note', reason: 'newer-here', here: edited, backup: highlightNote, defaultChoice: 'keep-here' }),
    ]);
    // No choice: nothing about the note is written.
    expect(resolveRestore(plan, {}, now).put.notes).toEqual([]);
    // The backup's version, chosen: written above the stored revision, so open editors notice.
    expect(resolveRestore(plan, { [`note:${edited.id}`]: 'use-backup' }, now).put.notes).toEqual([{ ...highlightNote!, revision: 5 }]);
    // Both: one note holding both texts (here first) and both tag lists.
    const both = resolveRestore(plan, { [`note:${edited.id}`]: 'keep-both' }, now).put.notes[0]!;
    expect(both.body).toBe(`My newer thinking.\n\n---\n\n${highlightNote!.body}`);
    expect(both).toMatchObject({ id: edited.id, revision: 5, updatedAt: now });
  });

  it('updates a record whose stored copy is older than the backup’s, and conflicts on equal times', () => {
    const older = { ...h0!, color: 'pink' as const, updatedAt: '2020-01-01T00:00:00.000Z' };
    const sameTime = { ...h1!, color: 'green' as const };
    const plan = planRestore(stored({ highlights: [older, sameTime] }), backup);
    expect(plan.put.highlights).toEqual([h0]);
    expect(plan.byKind.highlights).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 1 });
    expect(plan.conflicts.map((c) => [c.key, c.reason])).toEqual([[`highlight:${h1!.id}`, 'newer-here']]);
    expect(resolveRestore(plan, {}, now).put.highlights).toEqual([{ ...h0!, revision: 2 }]);
  });

  it('keeps deleted records deleted unless chosen; a highlight brought back brings its note', () => {
    const tombstones = [
      { id: h0!.id, kind: 'highlight' as const, revision: 3, deletedAt: later },
      { id: highlightNote!.id, kind: 'note' as const, revision: 1, deletedAt: later },
    ];
    const plan = planRestore(stored({ highlights: [h1!], notes: [articleNote!], tombstones }), backup);
    expect(plan.counts.conflicts).toBe(2);
    expect(plan.conflicts).toHaveLength(1);
    const [c] = plan.conflicts;
    expect(c).toMatchObject({ kind: 'highlight', reason: 'deleted-here', deletedAt: later, notes: [highlightNote] });
    expect(resolveRestore(plan, {}, now)).toEqual({ put: { highlights: [], notes: [], tags: [], readingStates: [] }, tombstones: [], revived: [] });
    const back = resolveRestore(plan, { [c!.key]: 'use-backup' }, now);
    expect(back.put.highlights).toEqual([h0]);
    expect(back.put.notes).toEqual([highlightNote]);
    expect(back.revived).toEqual([h0!.id, highlightNote!.id]);
  });

  it('holds one note per highlight: a second note is merged into the one here by default, never added beside it', () => {
    const mine = noteOf('note_mine', highlightNote!.highlightId, 'Written here after the backup.');
    const plan = planRestore(stored({ notes: [articleNote!, mine] }), backup);
    expect(plan.put.notes).toEqual([]);
    expect(plan.conflicts).toEqual([expect.objectContaining({ kind: 'note', reason: 'second-note', here: mine, backup: highlightNote, defaultChoice: 'keep-both' })]);
    const merged = resolveRestore(plan, {}, now).put.notes;
    expect(merged).toEqual([{ ...mine, body: `Written here after the backup.\n\n---\n\n${highlightNote!.body}`, tags: ['timeline'], updatedAt: now, revision: 2 }]);
    expect(resolveRestore(plan, { [plan.conflicts[0]!.key]: 'keep-here' }, now).put.notes).toEqual([]);
    expect(resolveRestore(plan, { [plan.conflicts[0]!.key]: 'use-backup' }, now).put.notes).toEqual([
      { ...mine, body: highlightNote!.body, tags: ['timeline'], updatedAt: now, revision: 2 },
    ]);
  });

  it('merges two notes on one article inside the backup itself, and skips a second note with the same words', () => {
    const twin = { ...articleNote!, id: 'note_twin', createdAt: later };
    const other = { ...articleNote!, id: 'note_other', body: 'Other words.', tags: [], createdAt: later };
    const b = { ...backup, notes: [...backup.notes, twin, other] };
    const plan = planRestore(empty, b);
    expect(plan.put.notes.map((n) => n.id)).toEqual([articleNote!.id, highlightNote!.id]);
    expect(plan.byKind.notes).toEqual({ added: 2, updated: 0, unchanged: 1, conflicts: 1 });
    // highlightNote's highlight is in put too, so it is written.
    const write = resolveRestore(plan, {}, now).put.notes;
    expect(write.find((n) => n.id === articleNote!.id)!.body).toBe(`${articleNote!.body}\n\n---\n\nOther words.`);
  });

  it('merges tags as a set (earliest spelling wins) and reading positions by the latest', () => {
    const plan = planRestore(
      stored({
        tags: [{ name: 'ÍRAN', createdAt: exportedAt }, { name: 'Timeline', createdAt: '2030-01-01T00:00:00.000Z' }],
        readingStates: [{ ...backup.readingStates[0]!, scrollFraction: 0.9, updatedAt: later }],
      }),
      backup,
    );
    expect(plan.put.tags).toEqual([{ name: 'timeline', createdAt: exportedAt }]);
    expect(plan.byKind.tags).toEqual({ added: 0, updated: 1, unchanged: 1, conflicts: 0 });
    expect(plan.put.readingStates).toEqual([]);
    expect(plan.byKind.readingStates).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: 0 });
  });

  it('ignores extra fields on stored rows when comparing', () => {
    const rows = backup.highlights.map((h) => ({ ...h, anchorStatus: 'exact' }));
    const plan = planRestore(stored({ highlights: rows }), backup);
    expect(plan.byKind.highlights).toEqual({ added: 0, updated: 0, unchanged: 2, conflicts: 0 });
  });

  it('carries the backup’s tombstones for ids that are neither live nor known deleted here', () => {
    const t = (id: string) => ({ id, kind: 'note' as const, revision: 2, deletedAt: exportedAt });
    const b = { ...backup, tombstones: [t('note_gone'), t('note_known'), t(articleNote!.id)] };
    const plan = planRestore(stored({ tombstones: [t('note_known')] }), b);
    expect(plan.tombstones).toEqual([t('note_gone')]);
  });

  it('never puts two records with one key, never two notes on one owner, and accounts for every record', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (a, b) => {
        const here = createBackup({ ...a, exportedAt });
        const incoming = createBackup({ ...b, exportedAt });
        const plan = planRestore({ ...here, tombstones: [] }, incoming);
        const write = resolveRestore(plan, Object.fromEntries(plan.conflicts.map((c) => [c.key, c.choices.at(-1)!])), now);
        const ids = write.put.highlights.map((h) => h.id);
        expect(new Set(ids).size).toBe(ids.length);
        // After writing, each owner has one note.
        const after = new Map(here.notes.map((n) => [n.id, n]));
        for (const n of write.put.notes) after.set(n.id, n);
        const owners = [...after.values()].map((n) => (n.highlightId ?? `a:${n.articleId}`));
        expect(new Set(owners).size).toBe(owners.length);
        const c = plan.counts;
        expect(c.added + c.updated + c.unchanged + c.conflicts).toBe(incoming.highlights.length + incoming.notes.length + incoming.tags.length + incoming.readingStates.length);
      }),
      { numRuns: 150 },
    );
  });
});
