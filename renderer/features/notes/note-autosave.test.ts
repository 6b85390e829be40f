/** NoteAutosave against a real (fake-indexeddb) Dexie: drafts on every change, failures keep the draft, conflicts show both texts. */
import { describe, expect, it } from 'vitest';
import { getDraft, saveDraft, upsertArticleNote, discardDraft, MAX_NOTE_BYTES, type GlossDb } from '../../db';
import { freshDb } from '../../db/testing/sample-records';
import { KEPT_AS_DRAFT, NOT_KEPT, NoteAutosave, startFromDraft, type EditorStart, type NoteAutosaveDeps } from './note-autosave';

const ARTICLE = '000_8a7174939e31e350';
const KEY = `article:${ARTICLE}`;

const deps = (db: GlossDb, session = 'tab-a'): NoteAutosaveDeps => ({
  save: (body, base) => upsertArticleNote(db, ARTICLE, { body, base }),
  keepDraft: (body, baseRevision) => saveDraft(db, { key: KEY, body, baseRevision, session }),
  dropDraft: (body) => discardDraft(db, KEY, body),
});
const editor = (db: GlossDb, start: EditorStart, session = 'tab-a') => new NoteAutosave(deps(db, session), start, 30);
const fresh: EditorStart = { text: '', base: { revision: 0, body: '' }, draft: null };
const until = async (check: () => Promise<boolean>, ms = 2000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('NoteAutosave', () => {
  it('keeps a draft of every change before the save, and the save clears it', async () => {
    const db = freshDb('autosave');
    const a = new NoteAutosave(
      {
        save: (body, base) => upsertArticleNote(db, ARTICLE, { body, base }),
        keepDraft: (body, baseRevision) => saveDraft(db, { key: KEY, body, baseRevision, session: 's' }),
        dropDraft: async () => undefined,
      },
      fresh,
      10_000, // no save during this test: only the draft can hold the text
    );
    const started = Date.now();
    a.change('first words');
    a.change('first words, and more');
    await until(async () => (await getDraft(db, KEY))?.body === 'first words, and more');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await db.notes.count()).toBe(0);
    await a.flush();
    expect(a.getStatus()).toEqual({ kind: 'saved' });
    expect(await getDraft(db, KEY)).toBeUndefined();
    expect((await db.notes.toArray())[0]!.body).toBe('first words, and more');
  });

  it('a failed save says so and keeps the draft; reopening restores it', async () => {
    const db = freshDb('autosave-fail');
    const a = editor(db, fresh);
    const tooLong = 'x'.repeat(MAX_NOTE_BYTES + 1);
    a.change(tooLong);
    await a.flush();
    expect(a.getStatus()).toEqual({ kind: 'error', message: `This note is too long to save (1.0 MB; the limit is 1 MB). ${KEPT_AS_DRAFT}` });
    await until(async () => (await getDraft(db, KEY))?.body === tooLong);

    const start = await startFromDraft(null, await getDraft(db, KEY), async () => false);
    expect(start).toMatchObject({ text: tooLong, base: { revision: 0, body: '' } });
    expect(new NoteAutosave(deps(db), start).getStatus().kind).toBe('restored');
  });

  it('does not promise a draft it could not write (a full disk fails both)', async () => {
    const full = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'));
    const a = new NoteAutosave({ save: full, keepDraft: full, dropDraft: async () => undefined }, fresh, 10_000);
    a.change('words');
    await new Promise((r) => setTimeout(r, 5));
    await a.flush();
    expect(a.getStatus()).toEqual({ kind: 'error', message: `Saving the note failed: The disk is full. ${NOT_KEPT}` });
  });

  it('two tabs: the later save from an older revision is a conflict showing both; "both" keeps both texts', async () => {
    const db = freshDb('autosave-tabs');
    const saved = await upsertArticleNote(db, ARTICLE, { body: 'shared start' });
    const start: EditorStart = { text: saved.body, base: { revision: saved.revision, body: saved.body }, draft: null };
    const tabA = editor(db, start, 'tab-a');
    const tabB = editor(db, start, 'tab-b');
    tabB.change('shared start + B');
    await tabB.flush();
    tabA.change('shared start + A');
    await tabA.flush();
    const status = tabA.getStatus();
    expect(status).toMatchObject({ kind: 'conflict', mine: 'shared start + A', theirs: { body: 'shared start + B', revision: 2 } });
    // Nothing was overwritten.
    expect((await db.notes.toArray())[0]!.body).toBe('shared start + B');
    // Typing on during the conflict does not save over it either.
    tabA.change('shared start + A, more');
    await tabA.flush();
    expect(tabA.getStatus()).toMatchObject({ kind: 'conflict', mine: 'shared start + A, more' });

    expect(tabA.resolve('both')).toBe('shared start + B\n\n---\n\nshared start + A, more');
    await until(async () => (await db.notes.toArray())[0]!.body === 'shared start + B\n\n---\n\nshared start + A, more');
    expect(tabA.getStatus()).toEqual({ kind: 'saved' });
  });

  it('"theirs" keeps the other text and drops this tab’s draft; "mine" saves over it knowingly', async () => {
    const db = freshDb('autosave-choose');
    const saved = await upsertArticleNote(db, ARTICLE, { body: 'v1' });
    const start: EditorStart = { text: 'v1', base: { revision: saved.revision, body: 'v1' }, draft: null };
    await upsertArticleNote(db, ARTICLE, { body: 'saved elsewhere' });
    const a = editor(db, start);
    a.change('mine');
    await a.flush();
    expect(a.getStatus().kind).toBe('conflict');
    await until(async () => (await getDraft(db, KEY))?.body === 'mine');
    expect(a.resolve('theirs')).toBe('saved elsewhere');
    await until(async () => (await getDraft(db, KEY)) === undefined);
    expect((await db.notes.toArray())[0]!.body).toBe('saved elsewhere');

    const b = editor(db, start);
    b.change('mine again');
    await b.flush();
    expect(b.resolve('mine')).toBe('mine again');
    await until(async () => (await db.notes.toArray())[0]!.body === 'mine again');
  });
});

describe('startFromDraft', () => {
  const note = { id: 'note_1', articleId: ARTICLE, highlightId: null, body: 'stored', tags: [], createdAt: '', updatedAt: '', revision: 3 };
  const draft = (over = {}) => ({ key: KEY, body: 'typed', baseRevision: 3, session: 'old-tab', updatedAt: '2024-01-01T00:00:00.000Z', ...over });

  it('restores a draft left by a closed tab, knowing the base when the note did not move', async () => {
    expect(await startFromDraft(note, draft(), async () => false)).toEqual({ text: 'typed', base: { revision: 3, body: 'stored' }, draft: draft() });
    expect(await startFromDraft(note, draft({ baseRevision: 2 }), async () => false)).toMatchObject({ text: 'typed', base: { revision: 2, body: null } });
  });

  it('ignores a draft of a tab still open, and one that says what is stored', async () => {
    expect((await startFromDraft(note, draft(), async (s) => s === 'old-tab')).text).toBe('stored');
    expect((await startFromDraft(note, draft({ body: 'stored' }), async () => false)).draft).toBeNull();
    expect((await startFromDraft(null, undefined, async () => false)).base).toEqual({ revision: 0, body: '' });
  });
});
