import { useEffect, type ReactNode } from 'react';
import { usePlatform } from '../core/platform-context';
import { useSettings } from '../db';
import { nativeThemeFor, settingsToCssVars } from '../features/reader';

/**
 * Applies the reader's settings to the root element (CSS variables through the CSSOM, which the CSP
 * allows, unlike style attributes). Children wait for the first read so an article's scroll position
 * is restored at the reader's font size, not at the default one.
 */
export function ApplySettings({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const platform = usePlatform();
  const theme = settings?.theme;

  // The desktop's own UI (menus, dialogs, title bar) takes the reader's theme too.
  useEffect(() => {
    if (theme) void platform.setTheme(nativeThemeFor(theme));
  }, [platform, theme]);

  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    // 'system' leaves the choice to prefers-color-scheme in CSS; light, dark and sepia force one.
    root.dataset.theme = settings.theme;
    for (const [name, value] of Object.entries(settingsToCssVars(settings))) root.style.setProperty(name, value);
  }, [settings]);

  if (!settings) return null;
  return children;
}
