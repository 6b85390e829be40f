/**
 * The note editor's saving, as a plain object (state outside React; the editor reads it through
 * useSyncExternalStore). Three promises to the reader:
 *
 * 1. Nothing typed is lost: every change is written as a draft at once (drafts-repo; one write in
 *    flight, the newest text queued behind it, so a draft lands within one IndexedDB commit of the
 *    keystroke, well inside 100 ms), and the note itself is saved SAVE_DELAY_MS after typing stops,
 *    on flush() (blur) and on dispose() (close). A failed save says so and keeps the draft; the
 *    next open restores it (startFromDraft).
 * 2. A save never silently overwrites text saved elsewhere: each save names the revision it was
 *    typed over (NoteBase); a NoteConflictError puts both versions in front of the reader, who keeps
 *    theirs, the other, or both.
 * 3. The text lives here, not in React state: a 100 KB note would otherwise re-render on every key.
 */
import { joinNoteBodies, type Note } from '../../../shared/model';
import { isNoteConflict, type DraftRecord, type NoteBase } from '../../db';
import { describeError } from '../../core/error-text';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'restored'; savedAt: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; mine: string; theirs: Note };

export type ConflictChoice = 'mine' | 'theirs' | 'both';

export interface NoteAutosaveDeps {
  /** Saves the body typed over `base`; resolves with the note as stored, or null when the save was skipped. */
  save(body: string, base: NoteBase): Promise<Note | null>;
  /** Keeps the text as this note's draft. */
  keepDraft(body: string, baseRevision: number): Promise<void>;
  /** Drops the draft if it still holds `body` (the reader chose another text). */
  dropDraft(body: string): Promise<void>;
}

/** Long enough that a fast typist does not write on every key, short enough that little waits. */
export const SAVE_DELAY_MS = 600;

export const KEPT_AS_DRAFT = 'Your text is kept on this device as a draft and comes back when you reopen this note.';
/** When the draft could not be written either (the disk is full): the reader must know to copy the text. */
export const NOT_KEPT = 'It could not be kept as a draft either: copy your text somewhere safe.';

export interface EditorStart {
  text: string;
  base: NoteBase;
  /** The draft the text came from, when it did. */
  draft: DraftRecord | null;
}

/**
 * Where an editor starts: the stored note, or a draft left by a reload, a crash or a failed save.
 * A draft typed in another tab that is still open (`isLiveElsewhere`) is that tab's, not ours.
 */
export async function startFromDraft(stored: Note | null, draft: DraftRecord | undefined, isLiveElsewhere: (session: string) => Promise<boolean>): Promise<EditorStart> {
  const storedBody = stored?.body ?? '';
  const storedRevision = stored?.revision ?? 0;
  const fromStore: EditorStart = { text: storedBody, base: { revision: storedRevision, body: storedBody }, draft: null };
  if (draft === undefined || draft.body === storedBody) return fromStore;
  if (await isLiveElsewhere(draft.session)) return fromStore;
  // The base body is only known when nothing was saved over the draft's base since.
  const body = draft.baseRevision === storedRevision ? storedBody : null;
  return { text: draft.body, base: { revision: draft.baseRevision, body }, draft };
}

export class NoteAutosave {
  private status: SaveStatus = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private latest: string;
  /** The text last saved (null when unknown: after a failure the next flush always writes). */
  private saved: string | null;
  private base: NoteBase;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private draftInFlight = false;
  private draftQueued: string | null = null;
  /** Whether the newest draft write succeeded: a failed save may only promise a draft when one exists. */
  private draftKept = true;
  private disposed = false;

  constructor(
    private readonly deps: NoteAutosaveDeps,
    start: EditorStart,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.latest = start.text;
    this.base = start.base;
    this.saved = start.draft === null ? start.text : null;
    if (start.draft !== null) this.status = { kind: 'restored', savedAt: start.draft.updatedAt };
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current(): string {
    return this.latest;
  }

  private set(status: SaveStatus): void {
    this.status = status;
    if (!this.disposed) for (const l of this.listeners) l();
  }

  change(text: string): void {
    this.latest = text;
    this.keepDraft(text);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** One draft write at a time; the newest text waits behind it (older queued texts are dropped). */
  private keepDraft(text: string): void {
    if (this.draftInFlight) {
      this.draftQueued = text;
      return;
    }
    this.draftInFlight = true;
    this.deps.keepDraft(text, this.base.revision).then(
      () => {
        this.draftKept = true;
        this.afterDraft();
      },
      () => {
        // Said with the save's outcome: a failed draft matters only when the save fails too.
        this.draftKept = false;
        this.afterDraft();
      },
    );
  }

  private afterDraft(): void {
    this.draftInFlight = false;
    const next = this.draftQueued;
    this.draftQueued = null;
    if (next !== null) this.keepDraft(next);
  }

  /** Saves now if the text changed since the last save. Resolves when that save settles. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const text = this.latest;
    if (text === this.saved) return Promise.resolve();
    // While the reader is choosing, saving again would only meet the same conflict.
    if (this.status.kind === 'conflict') {
      this.set({ ...this.status, mine: text });
      return Promise.resolve();
    }
    this.saved = text;
    this.set({ kind: 'saving' });
    return this.deps.save(text, this.base).then(
      (note) => {
        // Skipped (the highlight is being deleted): nothing was stored, nothing to report.
        if (note === null) return this.set({ kind: 'idle' });
        this.base = { revision: note.revision, body: note.body };
        if (this.latest === text) this.set({ kind: 'saved' });
      },
      (e: unknown) => {
        this.saved = null;
        if (isNoteConflict(e)) this.set({ kind: 'conflict', mine: e.mine, theirs: e.stored });
        else this.set({ kind: 'error', message: `${describeError('Saving the note', e).trim()} ${this.draftKept ? KEPT_AS_DRAFT : NOT_KEPT}` });
      },
    );
  }

  /**
   * The reader's answer to a conflict. Returns the text the editor now shows (its textarea is
   * uncontrolled, so the editor writes it back), and saves it over the stored revision.
   */
  resolve(choice: ConflictChoice): string {
    if (this.status.kind !== 'conflict') return this.latest;
    const { mine, theirs } = this.status;
    this.base = { revision: theirs.revision, body: theirs.body };
    this.status = { kind: 'idle' };
    if (choice === 'theirs') {
      this.latest = theirs.body;
      this.saved = theirs.body;
      void this.deps.dropDraft(mine);
      this.set({ kind: 'saved' });
      return theirs.body;
    }
    this.latest = choice === 'both' ? joinNoteBodies(theirs.body, mine) : mine;
    this.keepDraft(this.latest);
    void this.flush();
    return this.latest;
  }

  /** Saves what is unsaved (the editor closed). Status updates stop; the draft stays until the save lands. */
  dispose(): Promise<void> {
    const pending = this.flush();
    this.disposed = true;
    return pending;
  }
}
