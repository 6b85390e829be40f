import type { GlossApi } from '../../shared/ipc/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Platform } from './platform';

export type { Platform, LoadedCorpus, AutomaticBackups } from './platform';

/** The Electron preload defines window.gloss; a plain browser has none. */
export function getPlatform(): Platform {
  const api = (window as unknown as { gloss?: GlossApi }).gloss;
  return api ? createElectronHost(api) : createBrowserHost();
}
