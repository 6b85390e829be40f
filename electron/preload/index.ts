/**
 * The preload runs sandboxed and holds no logic: it builds window.gloss from the IPC contract, one
 * named method per channel. There is deliberately no generic send/invoke.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { DEEP_LINK_EVENT, type ExportFile, type GlossApi, type IpcChannel, type IpcResult } from '../../shared/ipc/contract';

const invoke = <C extends IpcChannel>(channel: C, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>;

const api: GlossApi = {
  corpus: { load: () => invoke('corpus:load') },
  shell: { openExternal: (url: string) => invoke('shell:openExternal', url) },
  export: {
    saveFile: (file: ExportFile) => invoke('export:saveFile', file),
    saveFolder: (files: ExportFile[]) => invoke('export:saveFolder', files),
  },
  backup: {
    open: () => invoke('backup:open'),
    writeAutomatic: (content: string) => invoke('backup:writeAutomatic', content),
    listAutomatic: () => invoke('backup:listAutomatic'),
    readAutomatic: (name: string) => invoke('backup:readAutomatic', name),
  },
  app: {
    onDeepLink(listener) {
      const wrapped = (_event: IpcRendererEvent, url: unknown) => {
        if (typeof url === 'string') listener(url);
      };
      ipcRenderer.on(DEEP_LINK_EVENT, wrapped);
      return () => ipcRenderer.removeListener(DEEP_LINK_EVENT, wrapped);
    },
  },
};

contextBridge.exposeInMainWorld('gloss', api);
