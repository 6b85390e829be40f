/**
 * Which tab typed a draft, and whether that tab is still open. Each tab (or window) holds a Web
 * Lock named after a random id for as long as it lives; the browser releases it when the page goes
 * (reload, close, crash). So a draft whose tab's lock is held belongs to a tab still editing it, and
 * any other draft is an orphan to restore. Web Locks exist in Chromium and Electron; without them,
 * every draft of another tab counts as an orphan (restoring too much is safe, losing text is not).
 */
import { newId } from '../../shared/model';

export interface TabSession {
  readonly id: string;
  /** True when `sessionId` is another tab that is open now. */
  isLiveElsewhere(sessionId: string): Promise<boolean>;
}

const PREFIX = 'gloss-tab:';

interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export function createTabSession(locks: LockManagerLike | undefined = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks): TabSession {
  const id = newId('tab');
  // Held until the page goes: the promise never settles.
  void locks?.request(`${PREFIX}${id}`, () => new Promise<void>(() => undefined));
  return {
    id,
    async isLiveElsewhere(sessionId) {
      if (sessionId === id || locks === undefined) return false;
      const state = await locks.query();
      return (state.held ?? []).some((l) => l.name === `${PREFIX}${sessionId}`);
    },
  };
}

let current: TabSession | null = null;

/** This page's session: one per tab or window, made on first use. */
export function currentTabSession(): TabSession {
  current ??= createTabSession();
  return current;
}
