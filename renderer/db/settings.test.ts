import { describe, expect, it } from 'vitest';
import { StorageError } from './errors';
import { DEFAULT_SETTINGS, normaliseSetting } from './settings';
import { getSettings, setSetting } from './settings-repo';
import { freshDb } from './testing/sample-records';

describe('normaliseSetting', () => {
  it('clamps font size to 12–32 px and line width to 45–100 ch, rounding to whole units', () => {
    expect(normaliseSetting('fontSize', 4)).toBe(12);
    expect(normaliseSetting('fontSize', 90)).toBe(32);
    expect(normaliseSetting('fontSize', 17.6)).toBe(18);
    expect(normaliseSetting('fontSize', '20')).toBe(20);
    expect(normaliseSetting('lineWidth', 10)).toBe(45);
    expect(normaliseSetting('lineWidth', 240)).toBe(100);
    expect(normaliseSetting('lineWidth', 66)).toBe(66);
  });

  it('takes sepia and both font families, and clamps line height to 1.2–2.2 in tenths', () => {
    expect(normaliseSetting('theme', 'sepia')).toBe('sepia');
    expect(normaliseSetting('fontFamily', 'sans')).toBe('sans');
    expect(normaliseSetting('fontFamily', 'serif')).toBe('serif');
    expect(normaliseSetting('lineHeight', 1.75)).toBe(1.8);
    expect(normaliseSetting('lineHeight', '1.4')).toBe(1.4);
    expect(normaliseSetting('lineHeight', 0.5)).toBe(1.2);
    expect(normaliseSetting('lineHeight', 9)).toBe(2.2);
  });

  it('refuses values it cannot make sense of, with a readable message', () => {
    expect(() => normaliseSetting('theme', 'neon')).toThrow('"neon" is not a theme (use system, light, dark, sepia).');
    expect(() => normaliseSetting('fontFamily', 'comic')).toThrow('"comic" is not a font family (use serif, sans).');
    expect(() => normaliseSetting('lineHeight', 'loose')).toThrow('Line height must be a number.');
    expect(() => normaliseSetting('fontSize', 'big')).toThrow(StorageError);
    expect(() => normaliseSetting('lineWidth', Number.NaN)).toThrow('Line width must be a number.');
  });
});

describe('settings repository', () => {
  it('returns the defaults on a new database', async () => {
    expect(await getSettings(freshDb('settings'))).toEqual(DEFAULT_SETTINGS);
  });

  it('stores one setting at a time, clamped, and reads it back over the defaults', async () => {
    const db = freshDb('settings');
    expect(await setSetting(db, 'fontSize', 40)).toBe(32);
    await setSetting(db, 'theme', 'light');
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', fontSize: 32 });
  });

  it('does not store a refused value', async () => {
    const db = freshDb('settings');
    await setSetting(db, 'theme', 'dark');
    await expect(setSetting(db, 'theme', 'neon')).rejects.toThrow('is not a theme');
    expect((await getSettings(db)).theme).toBe('dark');
  });

  it('loads settings stored before font family and line height existed, with their defaults', async () => {
    const db = freshDb('settings');
    // Exactly the rows an older Gloss wrote: three keys, nothing else.
    await db.settings.bulkPut([
      { key: 'theme', value: 'dark' },
      { key: 'fontSize', value: 22 },
      { key: 'lineWidth', value: 60 },
    ]);
    expect(await getSettings(db)).toEqual({ theme: 'dark', fontSize: 22, lineWidth: 60, fontFamily: 'serif', lineHeight: 1.6 });
    await setSetting(db, 'fontFamily', 'sans');
    await setSetting(db, 'theme', 'sepia');
    expect(await getSettings(db)).toEqual({ theme: 'sepia', fontSize: 22, lineWidth: 60, fontFamily: 'sans', lineHeight: 1.6 });
  });

  it('falls back to the default for a corrupt stored value and ignores unknown keys', async () => {
    const db = freshDb('settings');
    await db.settings.bulkPut([
      { key: 'theme', value: 42 },
      { key: 'fontSize', value: 9 },
      { key: 'columns', value: 3 },
    ]);
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, fontSize: 12 });
  });
});
