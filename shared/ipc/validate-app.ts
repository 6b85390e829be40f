/** Checks for the app:* channels (theme, progress): pure, so they are tested without Electron. */
import type { TaskProgress, ThemeSource } from './contract';
import { err, ok, type Result } from '../model/result';

const THEMES: readonly ThemeSource[] = ['system', 'light', 'dark'];

export function validateTheme(value: unknown): Result<ThemeSource> {
  return THEMES.includes(value as ThemeSource) ? ok(value as ThemeSource) : err(`Unknown theme ${JSON.stringify(value)}: expected system, light or dark.`);
}

export function validateProgress(value: unknown): Result<TaskProgress> {
  if (value === null || value === 'indeterminate') return ok(value);
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1) return ok(value);
  return err(`Progress must be a fraction from 0 to 1, 'indeterminate' or null; got ${JSON.stringify(value)}.`);
}
