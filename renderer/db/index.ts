/** renderer/db: the only way into IndexedDB. Components use the hooks and repositories; never Dexie. */
export { GlossDb, openGlossDb, type SettingRecord, type TagRecord } from './gloss-db';
export { LATEST_VERSION } from './schema';
export { DbProvider, useDb } from './db-context';
export * from './hooks';
export { StorageError, isStorageError } from './errors';
export { MAX_NOTE_BYTES, MAX_TAG_LENGTH } from './validate';
export * from './settings';
export { getSettings, setSetting } from './settings-repo';
export { getReadingState, saveReadingState, listAllReadingStates } from './reading-state-repo';
export * from './highlights-repo';
export * from './notes-repo';
export { ensureTags, listAllTags, applyTagRename, undoTagRename } from './tags-repo';
export { exportAllRecords, applyRecords, clearAll, type RecordBundle } from './records-repo';
export { requestPersistentStorage, type PersistableStorage } from './persistent-storage';
export { observeArticleHighlights, observeArticleNotes, type Observer } from './observe';
