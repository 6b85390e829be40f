import { describe, expect, it } from 'vitest';
import { FONT_SIZE_RANGE } from '../../db';
import { canStepFontSize, settingsToCssVars, stepFontSize } from './settings-style';

describe('settingsToCssVars', () => {
  it('writes font size in px and line width in ch', () => {
    expect(settingsToCssVars({ fontSize: 20, lineWidth: 64 })).toEqual({ '--reader-font-size': '20px', '--reader-measure': '64ch' });
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
