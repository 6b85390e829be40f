import { app } from 'electron';
import { join } from 'node:path';

/**
 * resources/ sits at the app's root: the project folder in development, and inside app.asar when
 * packaged (Electron's fs reads from the archive transparently), so one path serves both.
 */
export const resourcesDir = (): string => join(app.getAppPath(), 'resources');

export const indexDir = (): string => join(resourcesDir(), 'index');
