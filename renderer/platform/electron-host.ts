/** The Electron host: every call forwards to window.gloss, the preload's narrow typed API. */
import type { GlossApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { copyWithClipboardApi } from './clipboard';
import { corpusFromFiles } from './corpus-files';

export function createElectronHost(api: GlossApi): Platform {
  return {
    kind: 'electron',
    async loadCorpus() {
      const files = await api.corpus.load();
      return files.ok ? corpusFromFiles(files.value) : files;
    },
    openExternal: (url) => api.shell.openExternal(url),
    saveFile: (file) => api.export.saveFile(file),
    saveFolder: (files) => api.export.saveFolder(files),
    openBackupFile: () => api.backup.open(),
    copyText: copyWithClipboardApi,
    onDeepLink: (listener) => api.app.onDeepLink(listener),
  };
}

