/**
 * Asks the browser not to evict Gloss's IndexedDB under storage pressure. Without it, Chromium may
 * clear "best-effort" origins, and a reader's notes are the one thing Gloss cannot rebuild.
 */
export interface PersistableStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

function defaultStorage(): PersistableStorage | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** True when storage is (now) persistent; false when refused, unsupported or the call failed. Never throws. */
export async function requestPersistentStorage(storage: PersistableStorage | undefined = defaultStorage()): Promise<boolean> {
  try {
    if ((await storage?.persisted?.()) === true) return true;
    return (await storage?.persist?.()) === true;
  } catch {
    return false;
  }
}
