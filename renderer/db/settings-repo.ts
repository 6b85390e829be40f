import type { GlossDb } from './gloss-db';
import { DEFAULT_SETTINGS, isSettingKey, normaliseSetting, type SettingKey, type Settings } from './settings';

/** All settings, with defaults for the unset ones. A stored value that no longer passes the rules falls back to its default. */
export async function getSettings(db: GlossDb): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of await db.settings.toArray()) {
    if (!isSettingKey(row.key)) continue;
    try {
      (settings as unknown as Record<SettingKey, unknown>)[row.key] = normaliseSetting(row.key, row.value);
    } catch {
      // Keep the default: a bad stored value must not stop the reader from opening.
    }
  }
  return settings;
}

/** Stores one setting and returns the value actually saved (after clamping). */
export async function setSetting<K extends SettingKey>(db: GlossDb, key: K, value: unknown): Promise<Settings[K]> {
  const clean = normaliseSetting(key, value);
  await db.settings.put({ key, value: clean });
  return clean;
}
