import { app, BrowserWindow, dialog } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { err, ok } from '../../../shared/model/result';
import { validateNoArgs } from '../../../shared/ipc/validate';
import { handle } from './handle';
import { listAutoBackups, readAutoBackup, writeDailyBackup } from '../auto-backup';

/** <userData>/backups: the app's own data folder, per user, never inside the app bundle. */
const autoBackupDir = () => join(app.getPath('userData'), 'backups');

/** A backup of even a very heavy annotator is a few MB; refuse anything absurd before reading it. */
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export function registerBackupIpc(): void {
  handle('backup:open', async (...args) => {
    const v = validateNoArgs(args);
    if (!v.ok) return v;
    const win = BrowserWindow.getFocusedWindow();
    const options = { properties: ['openFile'] as Array<'openFile'>, filters: [{ name: 'Gloss backup', extensions: ['json'] }] };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return ok(null);
    const size = (await stat(path)).size;
    if (size > MAX_BACKUP_BYTES) return err(`${basename(path)} is ${size} bytes, larger than any Gloss backup (limit ${MAX_BACKUP_BYTES}).`);
    return ok({ name: basename(path), text: await readFile(path, 'utf8') });
  });

  handle('backup:writeAutomatic', async (...args) => {
    if (args.length !== 1) return err(`Expected one argument (the backup), got ${args.length}.`);
    return writeDailyBackup(autoBackupDir(), args[0], new Date());
  });

  handle('backup:listAutomatic', async (...args) => {
    const v = validateNoArgs(args);
    if (!v.ok) return v;
    return ok(await listAutoBackups(autoBackupDir()));
  });

  handle('backup:readAutomatic', async (...args) => {
    if (args.length !== 1) return err(`Expected one argument (the backup's name), got ${args.length}.`);
    return readAutoBackup(autoBackupDir(), args[0]);
  });
}
