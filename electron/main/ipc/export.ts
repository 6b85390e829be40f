import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { err, ok } from '../../../shared/model/result';
import { validateExportFile, validateExportFiles } from '../../../shared/ipc/validate';
import { handle } from './handle';
import { writeExportFolder } from '../export-folder';
import { errorText } from '../../../shared/model/error-text';

const filters = (name: string) =>
  name.endsWith('.json') ? [{ name: 'Gloss backup', extensions: ['json'] }] : [{ name: 'Markdown', extensions: ['md'] }];

export function registerExportIpc(): void {
  handle('export:saveFile', async (file) => {
    const v = validateExportFile(file);
    if (!v.ok) return v;
    const win = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: v.value.name, filters: filters(v.value.name) };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok(null);
    await writeFile(choice.filePath, v.value.content, 'utf8');
    return ok({ path: choice.filePath });
  });

  handle('export:saveFolder', async (files) => {
    const v = validateExportFiles(files);
    if (!v.ok) return v;
    const win = BrowserWindow.getFocusedWindow();
    const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return ok(null);
    // Names are validated as bare file names, so join() cannot leave the chosen folder. Same name =
    // same article: re-exporting refreshes the files Gloss wrote, and never one edited since.
    try {
      return ok(await writeExportFolder(folder, v.value, new Date()));
    } catch (e) {
      return err(errorText(e));
    }
  });
}
