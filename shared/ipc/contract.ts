/**
 * The one IPC contract between the renderer (through the preload) and the main process. Each
 * 'namespace:verb' channel maps to its argument and result; main handlers and the preload are typed
 * from this map. Only plain serialisable data crosses, and failures come back as a Result.
 */
import type { Library } from '../model/article';
import type { Result } from '../model/result';

export interface ExportFile {
  /** A bare file name ("my-article.md"): no folders, validated by main. */
  name: string;
  content: string;
}

/** What a folder export did (electron/main/export-folder.ts). */
export interface FolderExportResult {
  folder: string;
  /** Files that now hold this export (written, or already identical). */
  written: number;
  /** Of those, files that already held exactly this export. */
  unchanged: number;
  /** Files edited since Gloss wrote them (or never Gloss's): left alone, the export written beside. */
  keptEdited: { name: string; writtenAs: string }[];
}

/** One automatic backup in the app's data folder. */
export interface AutoBackupInfo {
  /** "gloss-auto-2024-03-01.json". */
  name: string;
  /** The day it was made (YYYY-MM-DD). */
  day: string;
  bytes: number;
}

export interface IpcContract {
  /** The bundled library and its prebuilt Lunr index (serialised JSON), read from resources/index. */
  'corpus:load': { args: []; result: Result<{ library: Library; index: unknown }> };
  /** Opens an http(s) or mailto link in the OS browser; anything else is refused. */
  'shell:openExternal': { args: [url: string]; result: Result<true> };
  /** Native save dialog for one file; null value when the user cancels. */
  'export:saveFile': { args: [file: ExportFile]; result: Result<{ path: string } | null> };
  /**
   * Native folder dialog, then writes every file into it. A file edited since Gloss wrote it is
   * never overwritten: the new export is written beside it (export-folder.ts).
   */
  'export:saveFolder': { args: [files: ExportFile[]]; result: Result<FolderExportResult | null> };
  /** Native open dialog for a backup; returns the file's text, or null when cancelled. */
  'backup:open': { args: []; result: Result<{ name: string; text: string } | null> };
  /** Writes today's automatic backup (a Gloss backup's JSON) unless today's exists; keeps the newest 7. */
  'backup:writeAutomatic': { args: [content: string]; result: Result<{ name: string; written: boolean }> };
  /** The automatic backups, newest first. */
  'backup:listAutomatic': { args: []; result: Result<AutoBackupInfo[]> };
  /** One automatic backup's text, by name. */
  'backup:readAutomatic': { args: [name: string]; result: Result<{ name: string; text: string }> };
}

export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** Every invoke channel: the main-process test checks that each one has exactly one handler. */
export const IPC_CHANNELS = [
  'corpus:load',
  'shell:openExternal',
  'export:saveFile',
  'export:saveFolder',
  'backup:open',
  'backup:writeAutomatic',
  'backup:listAutomatic',
  'backup:readAutomatic',
] as const satisfies readonly IpcChannel[];

/** Events main sends to the renderer. */
export interface IpcEvents {
  /** A gloss:// deep link the app was opened with (second instance, open-url, or argv). */
  'app:deepLink': string;
}
export const DEEP_LINK_EVENT = 'app:deepLink' as const satisfies keyof IpcEvents;

/** The API the preload exposes as window.gloss: named methods only, no generic send/invoke. */
export interface GlossApi {
  corpus: { load(): Promise<IpcResult<'corpus:load'>> };
  shell: { openExternal(url: string): Promise<IpcResult<'shell:openExternal'>> };
  export: {
    saveFile(file: ExportFile): Promise<IpcResult<'export:saveFile'>>;
    saveFolder(files: ExportFile[]): Promise<IpcResult<'export:saveFolder'>>;
  };
  backup: {
    open(): Promise<IpcResult<'backup:open'>>;
    writeAutomatic(content: string): Promise<IpcResult<'backup:writeAutomatic'>>;
    listAutomatic(): Promise<IpcResult<'backup:listAutomatic'>>;
    readAutomatic(name: string): Promise<IpcResult<'backup:readAutomatic'>>;
  };
  app: {
    /** Subscribes to deep links; returns the unsubscribe function. */
    onDeepLink(listener: (url: string) => void): () => void;
  };
}
