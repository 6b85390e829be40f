/**
 * Orders a highlight's note saves against its delete. The editor autosaves on blur and on unmount,
 * both of which a Delete click sets off: without this, a save could race the delete (so Undo would
 * restore older text) or run after it and write a note for a highlight that no longer exists.
 */
export class NoteSaveGate {
  private readonly inFlight = new Map<string, Set<Promise<unknown>>>();
  private readonly closed = new Set<string>();

  /** Runs `write` (a save of the highlight's note) unless the highlight is being deleted (then: null, nothing written). */
  save<T>(highlightId: string, write: () => Promise<T>): Promise<T | null> {
    if (this.closed.has(highlightId)) return Promise.resolve(null);
    const pending = write();
    let set = this.inFlight.get(highlightId);
    if (!set) this.inFlight.set(highlightId, (set = new Set()));
    set.add(pending);
    const done = () => void set.delete(pending);
    pending.then(done, done);
    return pending;
  }

  /** Refuses further saves for the highlight and waits for those in flight, so its delete sees the latest text. */
  async closeForDelete(highlightId: string): Promise<void> {
    this.closed.add(highlightId);
    // A failed save leaves the stored note as it was; the delete goes ahead either way.
    await Promise.allSettled([...(this.inFlight.get(highlightId) ?? [])]);
    this.inFlight.delete(highlightId);
  }

  /** Accepts saves again: its editor opened, so the delete failed or was undone. */
  reopen(highlightId: string): void {
    this.closed.delete(highlightId);
  }
}
