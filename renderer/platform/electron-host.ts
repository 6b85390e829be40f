/** The Electron host: every call forwards to window.gloss, the preload's narrow typed API. */
import type { GlossApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { copyWithClipboardApi } from './clipboard';

export function createElectronHost(api: GlossApi): Platform {
  return {
    kind: 'electron',
    loadCorpus: () => api.corpus.load(),
    openExternal: (url) => api.shell.openExternal(url),
    saveFile: (file) => api.export.saveFile(file),
    saveFolder: (files) => api.export.saveFolder(files),
    openBackupFile: () => api.backup.open(),
    copyText: copyWithClipboardApi,
    automaticBackups: {
      write: (content) => api.backup.writeAutomatic(content),
      list: () => api.backup.listAutomatic(),
      read: (name) => api.backup.readAutomatic(name),
    },
    onDeepLink: (listener) => api.app.onDeepLink(listener),
  };
}

