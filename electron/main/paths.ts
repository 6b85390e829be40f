import { app } from 'electron';
import { join } from 'node:path';

/**
 * resources/ in development sits two levels above out/main; packaged, electron-builder copies it into
 * the app's resources folder (extraResources), outside app.asar.
 */
export function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(__dirname, '../../resources');
}

export const indexDir = () => join(resourcesDir(), 'index');
