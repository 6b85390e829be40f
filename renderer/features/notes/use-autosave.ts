import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Note } from '../../../shared/model';
import { discardDraft, getDraft, saveDraft, useDb, type NoteBase } from '../../db';
import { currentTabSession } from '../../dom/tab-session';
import { NoteAutosave, startFromDraft, type SaveStatus } from './note-autosave';

export type { SaveStatus } from './note-autosave';

/** Saves one note's text; resolves with the stored note, or null when the save was skipped (its highlight is being deleted). */
export type SaveNote = (body: string, base: NoteBase) => Promise<Note | null>;

export interface NoteSession {
  autosave: NoteAutosave;
  /** The text the editor starts with: the stored note, or a draft the last session left. */
  initialText: string;
  /** When the text came from such a draft: when it was typed. */
  restoredAt: string | null;
}

/**
 * The editor's NoteAutosave for one note owner (`draftKey`, noteOwnerKey), created once the draft
 * table has been read (null until then: a few milliseconds), and flushed when the editor goes.
 */
export function useNoteAutosave(draftKey: string, stored: Note | null, save: SaveNote): NoteSession | null {
  const db = useDb();
  const [session, setSession] = useState<NoteSession | null>(null);
  // The stored note and the save function as they were when the editor opened: the editor is keyed
  // by its owner, and a later change of the stored note is what the revision check is for.
  const [opened] = useState(() => ({ stored, save }));

  useEffect(() => {
    let live = true;
    let autosave: NoteAutosave | null = null;
    const tab = currentTabSession();
    void (async () => {
      const start = await startFromDraft(opened.stored, await getDraft(db, draftKey).catch(() => undefined), (id) => tab.isLiveElsewhere(id));
      if (!live) return;
      autosave = new NoteAutosave(
        {
          save: (body, base) => opened.save(body, base),
          keepDraft: (body, baseRevision) => saveDraft(db, { key: draftKey, body, baseRevision, session: tab.id }),
          dropDraft: (body) => discardDraft(db, draftKey, body),
        },
        start,
      );
      setSession({ autosave, initialText: start.text, restoredAt: start.draft?.updatedAt ?? null });
      // What the reader typed before the reload, crash or failed save is saved now.
      if (start.draft !== null) void autosave.flush();
    })();
    return () => {
      live = false;
      void autosave?.dispose();
    };
  }, [db, draftKey, opened]);

  return session;
}

const IDLE: SaveStatus = { kind: 'idle' };
const noop = () => () => undefined;

export function useSaveStatus(autosave: NoteAutosave | undefined): SaveStatus {
  return useSyncExternalStore(autosave?.subscribe ?? noop, autosave?.getStatus ?? (() => IDLE));
}
