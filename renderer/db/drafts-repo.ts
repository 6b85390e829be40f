/**
 * Drafts: the note editor's text, kept on every change until a save has it. One row per note owner
 * ("highlight:<id>" / "article:<id>", noteOwnerKey in shared/model/sync.ts).
 *
 * Why IndexedDB (this table) and not localStorage: a committed IndexedDB write is handed to the
 * browser process and written to disk at once, so it survives a renderer crash, a reload and a
 * window close; Chromium batches localStorage commits for seconds. localStorage is also synchronous
 * on the main thread (a 100 KB note per keystroke would stall typing) and capped at ~5 MB per origin,
 * below the 1 MB-per-note limit times a few notes in UTF-16. And here a successful note save clears
 * its draft in the same transaction (notes-repo), so a draft is never newer-looking than its note.
 */
import type { GlossDb } from './gloss-db';
import { nowIso } from './clock';

export interface DraftRecord {
  /** The note owner: "highlight:<id>" or "article:<id>". */
  key: string;
  body: string;
  /** The revision of the stored note the text was typed over; 0 when there was no note yet. */
  baseRevision: number;
  /** The tab that typed it (TabSession id): a draft of a tab still open is that tab's, not ours. */
  session: string;
  updatedAt: string;
}

export async function saveDraft(db: GlossDb, draft: Omit<DraftRecord, 'updatedAt'>): Promise<void> {
  await db.drafts.put({ ...draft, updatedAt: nowIso() });
}

export function getDraft(db: GlossDb, key: string): Promise<DraftRecord | undefined> {
  return db.drafts.get(key);
}

/** Removes the draft, but only if it still holds `body` (a newer keystroke's draft stays). */
export async function discardDraft(db: GlossDb, key: string, body?: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const d = await db.drafts.get(key);
    if (d !== undefined && (body === undefined || d.body === body)) await db.drafts.delete(key);
  });
}

export function listDrafts(db: GlossDb): Promise<DraftRecord[]> {
  return db.drafts.toArray();
}
