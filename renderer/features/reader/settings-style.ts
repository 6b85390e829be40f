/** How reader settings reach the page: CSS variables and a theme attribute on the root element. */
import { FONT_SIZE_RANGE, type Settings } from '../../db';

export const FONT_SIZE_STEP = 2;

export function settingsToCssVars(settings: Pick<Settings, 'fontSize' | 'lineWidth'>): Record<string, string> {
  return {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-measure': `${settings.lineWidth}ch`,
  };
}

export function stepFontSize(current: number, direction: 1 | -1): number {
  return Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, current + direction * FONT_SIZE_STEP));
}

export function canStepFontSize(current: number, direction: 1 | -1): boolean {
  return stepFontSize(current, direction) !== current;
}
