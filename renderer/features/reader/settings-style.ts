/** How reader settings reach the page: CSS variables and a theme attribute on the root element. */
import { FONT_SIZE_RANGE, type FontFamily, type Settings, type Theme } from '../../db';
import type { ThemeSource } from '../../../shared/ipc/contract';

export const FONT_SIZE_STEP = 2;
export const LINE_HEIGHT_STEP = 0.1;

// The stacks themselves live once in styles/base.css; a setting only picks one.
const FAMILY_VARS: Record<FontFamily, string> = { serif: 'var(--font-serif)', sans: 'var(--font-sans)' };

export function settingsToCssVars(settings: Pick<Settings, 'fontSize' | 'lineWidth' | 'fontFamily' | 'lineHeight'>): Record<string, string> {
  return {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-measure': `${settings.lineWidth}ch`,
    '--reader-font-family': FAMILY_VARS[settings.fontFamily],
    '--reader-line-height': String(settings.lineHeight),
  };
}

/** The desktop's own UI (menus, dialogs) knows system, light and dark: sepia is a light palette. */
export function nativeThemeFor(theme: Theme): ThemeSource {
  return theme === 'sepia' ? 'light' : theme;
}

export function stepFontSize(current: number, direction: 1 | -1): number {
  return Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, current + direction * FONT_SIZE_STEP));
}

export function canStepFontSize(current: number, direction: 1 | -1): boolean {
  return stepFontSize(current, direction) !== current;
}
