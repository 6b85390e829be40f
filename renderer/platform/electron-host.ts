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
    openExternal: (url) => api.shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- reviewed: an IPC request, not Electron's shell; main checks the sender and the link (electron/main/external-links.ts, ipc.test.ts)
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
    setMenu: (commands) => api.app.setMenu(commands),
    onMenuCommand: (listener) => api.app.onMenuCommand(listener),
    setTheme: (theme) => api.app.setTheme(theme),
    setProgress: (progress) => api.app.setProgress(progress),
    onOpenFile: (listener) => api.app.onOpenFile(listener),
    readOpenedFile: (path) => api.app.readOpenedFile(path),
  };
}

