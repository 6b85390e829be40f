import { BrowserWindow, nativeTheme } from 'electron';
import type { ThemeSource } from '../../shared/ipc/contract';

/**
 * The window's background before and behind the page: --bg of renderer/styles/base.css in each
 * palette, so a dark-mode launch or resize never flashes white.
 */
export const BACKGROUND = { light: '#fbfaf7', dark: '#16171a' } as const;

export const windowBackground = (): string => (nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);

/**
 * The reader's theme drives nativeTheme: 'system' follows the OS, light and dark force menus,
 * dialogs and the title bar (and prefers-color-scheme in the page) to match the reader.
 */
export function applyThemeSource(theme: ThemeSource): void {
  nativeTheme.themeSource = theme;
}

/** Repaints window backgrounds whenever the effective theme changes (the OS switched, or the reader). */
export function followNativeTheme(): void {
  nativeTheme.on('updated', () => {
    for (const win of BrowserWindow.getAllWindows()) if (!win.isDestroyed()) win.setBackgroundColor(windowBackground());
  });
}
