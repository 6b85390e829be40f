/** Reader settings: their defaults and the rules a stored or submitted value must follow (pure). */
import { StorageError } from './errors';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  theme: Theme;
  /** CSS pixels. */
  fontSize: number;
  /** Measure of the text column in `ch`. */
  lineWidth: number;
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = ['theme', 'fontSize', 'lineWidth'];

export const DEFAULT_SETTINGS: Readonly<Settings> = { theme: 'system', fontSize: 18, lineWidth: 70 };

// Outside these the page stops being readable: below 12px text is illegible on most screens,
// above ~100ch lines are too long to track back to the next line.
export const FONT_SIZE_RANGE = { min: 12, max: 32 } as const;
export const LINE_WIDTH_RANGE = { min: 45, max: 100 } as const;

function clampNumber(value: unknown, range: { min: number; max: number }, what: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new StorageError(`${what} must be a number.`);
  return Math.min(range.max, Math.max(range.min, Math.round(n)));
}

/** Turns a submitted value into a valid one: numbers are clamped, an unknown theme is refused. */
export function normaliseSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  switch (key) {
    case 'theme':
      if (!(THEMES as readonly unknown[]).includes(value)) {
        throw new StorageError(`"${String(value)}" is not a theme (use ${THEMES.join(', ')}).`);
      }
      return value as Settings[K];
    case 'fontSize':
      return clampNumber(value, FONT_SIZE_RANGE, 'Font size') as Settings[K];
    case 'lineWidth':
      return clampNumber(value, LINE_WIDTH_RANGE, 'Line width') as Settings[K];
    default:
      throw new StorageError(`"${String(key)}" is not a setting.`);
  }
}

export function isSettingKey(key: unknown): key is SettingKey {
  return (SETTING_KEYS as readonly unknown[]).includes(key);
}
