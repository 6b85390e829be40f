import { describe, expect, it } from 'vitest';
import { FONT_SIZE_RANGE } from '../../db';
import { canStepFontSize, nativeThemeFor, settingsToCssVars, stepFontSize } from './settings-style';

describe('settingsToCssVars', () => {
  it('writes font size in px, line width in ch, the typeface as a stack variable and the line height', () => {
    expect(settingsToCssVars({ fontSize: 20, lineWidth: 64, fontFamily: 'serif', lineHeight: 1.6 })).toEqual({
      '--reader-font-size': '20px',
      '--reader-measure': '64ch',
      '--reader-font-family': 'var(--font-serif)',
      '--reader-line-height': '1.6',
    });
    expect(settingsToCssVars({ fontSize: 18, lineWidth: 70, fontFamily: 'sans', lineHeight: 2 })).toMatchObject({
      '--reader-font-family': 'var(--font-sans)',
      '--reader-line-height': '2',
    });
  });
});

describe('nativeThemeFor', () => {
  it('gives the desktop a theme it knows: sepia is light', () => {
    expect(['system', 'light', 'dark', 'sepia'].map((t) => nativeThemeFor(t as never))).toEqual(['system', 'light', 'dark', 'light']);
  });
});

describe('stepFontSize', () => {
  it('steps by two pixels within the allowed range', () => {
    expect(stepFontSize(18, 1)).toBe(20);
    expect(stepFontSize(18, -1)).toBe(16);
    expect(stepFontSize(FONT_SIZE_RANGE.max - 1, 1)).toBe(FONT_SIZE_RANGE.max);
    expect(stepFontSize(FONT_SIZE_RANGE.min, -1)).toBe(FONT_SIZE_RANGE.min);
  });
  it('says when a step would change nothing', () => {
    expect(canStepFontSize(FONT_SIZE_RANGE.max, 1)).toBe(false);
    expect(canStepFontSize(18, 1)).toBe(true);
  });
});
