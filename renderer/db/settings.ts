/** Reader settings: their defaults and the rules a stored or submitted value must follow (pure). */
import { StorageError } from './errors';

// Sepia is a light theme with a warm paper palette (styles/base.css); the desktop's own UI takes it as light.
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_FAMILIES = ['serif', 'sans'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface Settings {
  theme: Theme;
  /** CSS pixels. */
  fontSize: number;
  /** Measure of the text column in `ch`. */
  lineWidth: number;
  /** The article text's typeface. */
  fontFamily: FontFamily;
  /** Leading of the article text, as a multiple of the font size (one decimal). */
  lineHeight: number;
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = ['theme', 'fontSize', 'lineWidth', 'fontFamily', 'lineHeight'];

// Settings added later (fontFamily, lineHeight) are simply absent from an older database: getSettings
// fills them from here, so stored settings from before they existed still load unchanged.
export const DEFAULT_SETTINGS: Readonly<Settings> = { theme: 'system', fontSize: 18, lineWidth: 70, fontFamily: 'serif', lineHeight: 1.6 };

// Outside these the page stops being readable: below 12px text is illegible on most screens,
// above ~100ch lines are too long to track back to the next line; below 1.2 lines touch, above 2.2
// the eye loses the next line.
export const FONT_SIZE_RANGE = { min: 12, max: 32 } as const;
export const LINE_WIDTH_RANGE = { min: 45, max: 100 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.2, max: 2.2 } as const;

function clampNumber(value: unknown, range: { min: number; max: number }, what: string, decimals = 0): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new StorageError(`${what} must be a number.`);
  const scale = 10 ** decimals;
  return Math.min(range.max, Math.max(range.min, Math.round(n * scale) / scale));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new StorageError(`"${String(value)}" is not ${what} (use ${allowed.join(', ')}).`);
  }
  return value as T;
}

/** Turns a submitted value into a valid one: numbers are clamped, an unknown theme or typeface is refused. */
export function normaliseSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  switch (key) {
    case 'theme':
      return oneOf(value, THEMES, 'a theme') as Settings[K];
    case 'fontFamily':
      return oneOf(value, FONT_FAMILIES, 'a font family') as Settings[K];
    case 'fontSize':
      return clampNumber(value, FONT_SIZE_RANGE, 'Font size') as Settings[K];
    case 'lineWidth':
      return clampNumber(value, LINE_WIDTH_RANGE, 'Line width') as Settings[K];
    case 'lineHeight':
      return clampNumber(value, LINE_HEIGHT_RANGE, 'Line height', 1) as Settings[K];
    default:
      throw new StorageError(`"${String(key)}" is not a setting.`);
  }
}

export function isSettingKey(key: unknown): key is SettingKey {
  return (SETTING_KEYS as readonly unknown[]).includes(key);
}
