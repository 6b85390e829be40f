/**
 * The preload runs sandboxed and holds no logic: it builds window.gloss from the IPC contract, one
 * named method per channel. There is deliberately no generic send/invoke.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  DEEP_LINK_EVENT,
  MENU_COMMAND_EVENT,
  OPEN_FILE_EVENT,
  type ExportFile,
  type GlossApi,
  type IpcChannel,
  type IpcResult,
  type MenuCommand,
  type OpenFileRequest,
  type TaskProgress,
  type ThemeSource,
} from '../../shared/ipc/contract';

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
    onOpenFile(listener) {
      const wrapped = (_event: IpcRendererEvent, file: unknown) => {
        const f = file as Partial<OpenFileRequest> | null;
        if (f && typeof f.path === 'string' && typeof f.name === 'string') listener({ path: f.path, name: f.name });
      };
      ipcRenderer.on(OPEN_FILE_EVENT, wrapped);
      return () => ipcRenderer.removeListener(OPEN_FILE_EVENT, wrapped);
    },
    setTheme: (theme: ThemeSource) => invoke('app:setTheme', theme),
    setProgress: (progress: TaskProgress) => invoke('app:setProgress', progress),
    readOpenedFile: (path: string) => invoke('app:readOpenedFile', path),
    setMenu: (commands: MenuCommand[]) => invoke('app:setMenu', commands),
    onMenuCommand(listener) {
      const wrapped = (_event: IpcRendererEvent, id: unknown) => {
        if (typeof id === 'string') listener(id);
      };
      ipcRenderer.on(MENU_COMMAND_EVENT, wrapped);
      return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, wrapped);
    },
  },
};

contextBridge.exposeInMainWorld('gloss', api);
