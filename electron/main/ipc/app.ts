import { BrowserWindow } from 'electron';
import type { MenuCommand, ThemeSource } from '../../../shared/ipc/contract';
import { validateMenuCommands, validateProgress, validateTheme } from '../../../shared/ipc/validate-app';
import { err, ok } from '../../../shared/model/result';
import type { OpenedFiles } from '../opened-files';
import { applyThemeSource } from '../theme';
import { handle } from './handle';

export interface AppIpcOptions {
  /** Told each accepted theme, to remember it for the next launch. */
  onTheme?: (theme: ThemeSource) => void;
  /** Given the renderer's keymap commands, validated, to rebuild the application menu. */
  onMenu?: (commands: MenuCommand[]) => void;
  /** The documents the OS opened with Gloss, which the page may read once each. */
  openedFiles?: OpenedFiles;
}

const targetWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;

export function registerAppIpc({ onTheme, onMenu, openedFiles }: AppIpcOptions = {}): void {
  handle('app:setTheme', async (...args) => {
    if (args.length !== 1) return err(`Expected one theme, got ${args.length} arguments.`);
    const v = validateTheme(args[0]);
    if (!v.ok) return v;
    applyThemeSource(v.value);
    onTheme?.(v.value);
    return ok(true as const);
  });

  handle('app:setProgress', async (...args) => {
    if (args.length !== 1) return err(`Expected one progress value, got ${args.length} arguments.`);
    const v = validateProgress(args[0]);
    if (!v.ok) return v;
    const win = targetWindow();
    if (!win) return ok(true as const);
    // Electron's encoding: below 0 removes the bar, above 1 is indeterminate (Windows animates it).
    if (v.value === null) win.setProgressBar(-1);
    else if (v.value === 'indeterminate') win.setProgressBar(2, { mode: 'indeterminate' });
    else win.setProgressBar(v.value);
    return ok(true as const);
  });

  handle('app:readOpenedFile', async (...args) => {
    if (args.length !== 1) return err(`Expected one path, got ${args.length} arguments.`);
    if (!openedFiles) return err('No documents were opened with Gloss.');
    return openedFiles.read(args[0]);
  });

  handle('app:setMenu', async (...args) => {
    if (args.length !== 1) return err(`Expected one list of menu commands, got ${args.length} arguments.`);
    const v = validateMenuCommands(args[0]);
    if (!v.ok) return v;
    onMenu?.(v.value);
    return ok(true as const);
  });
}
