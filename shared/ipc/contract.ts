/**
 * The one IPC contract between the renderer (through the preload) and the main process. Each
 * 'namespace:verb' channel maps to its argument and result; main handlers and the preload are typed
 * from this map. Only plain serialisable data crosses, and failures come back as a Result.
 */
import type { CorpusFiles } from '../library/library-files';
import type { Result } from '../model/result';

export interface ExportFile {
  /** A bare file name ("my-article.md"): no folders, validated by main. */
  name: string;
  content: string;
}

/** The reader's theme choice, which the native parts (menus, title bar, dialogs) follow too. */
export type ThemeSource = 'system' | 'light' | 'dark';

/**
 * Progress of long work (an import, indexing) for the dock / taskbar: a fraction from 0 to 1,
 * 'indeterminate' when the length is unknown, null when the work is done.
 */
export type TaskProgress = number | 'indeterminate' | null;

/** A document the OS asked Gloss to open (a file association, "Open with", a dropped file). */
export interface OpenFileRequest {
  /** Absolute path; main checked that it exists and has an importable extension. */
  path: string;
  name: string;
}

/** A document the OS opened with Gloss, read by main for the renderer's import. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** The application menus keymap commands can appear in (macOS adds its app menu; every OS a Window menu). */
export type AppMenuName = 'File' | 'Edit' | 'View' | 'Go' | 'Help';
export const APP_MENU_NAMES: readonly AppMenuName[] = ['File', 'Edit', 'View', 'Go', 'Help'];

/**
 * One keymap command as the desktop menu shows it: plain data the renderer derives from its keymap
 * (renderer/core/keymap.ts), so menu, palette and shortcuts help can never disagree.
 */
export interface MenuCommand {
  id: string;
  label: string;
  /** Keymap key strings ("Mod+K", "F3", "n"); the menu shows one as the item's accelerator. */
  keys: string[];
  menu: AppMenuName;
  /** Whether the command applies where the reader is now. */
  enabled: boolean;
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
  /**
   * The bundled library's three files from resources/index, as bytes (copied once, never a parsed
   * object graph): the renderer decodes the metadata and hands the index bytes to search as they are.
   */
  'corpus:load': { args: []; result: Result<CorpusFiles> };
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
  /** Makes native UI follow the reader's theme; remembered for the next launch's window background. */
  'app:setTheme': { args: [theme: ThemeSource]; result: Result<true> };
  /** Shows (or clears, with null) progress on the dock icon / taskbar button. */
  'app:setProgress': { args: [progress: TaskProgress]; result: Result<true> };
  /** The bytes of a document announced by app:openFile, once; any path main did not announce is refused. */
  'app:readOpenedFile': { args: [path: string]; result: Result<OpenedFile> };
  /** Rebuilds the application menu from the renderer's keymap commands; clicks come back as app:menuCommand. */
  'app:setMenu': { args: [commands: MenuCommand[]]; result: Result<true> };
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
  'app:setTheme',
  'app:setProgress',
  'app:readOpenedFile',
  'app:setMenu',
  'backup:writeAutomatic',
  'backup:listAutomatic',
  'backup:readAutomatic',
] as const satisfies readonly IpcChannel[];

/** Events main sends to the renderer. */
export interface IpcEvents {
  /**
   * A gloss:// link the app was opened with (second instance, open-url, or argv), as received: the
   * renderer parses it and explains a malformed one.
   */
  'app:deepLink': string;
  /** A document to import, from the OS (file association, "Open with", macOS open-file). */
  'app:openFile': OpenFileRequest;
  /** A menu item was chosen: the keymap command id to run. */
  'app:menuCommand': string;
}
export const DEEP_LINK_EVENT = 'app:deepLink' as const satisfies keyof IpcEvents;
export const OPEN_FILE_EVENT = 'app:openFile' as const satisfies keyof IpcEvents;
export const MENU_COMMAND_EVENT = 'app:menuCommand' as const satisfies keyof IpcEvents;

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
    /** Subscribes to documents the OS asks Gloss to open (import them); returns the unsubscribe function. */
    onOpenFile(listener: (file: OpenFileRequest) => void): () => void;
    setTheme(theme: ThemeSource): Promise<IpcResult<'app:setTheme'>>;
    setProgress(progress: TaskProgress): Promise<IpcResult<'app:setProgress'>>;
    readOpenedFile(path: string): Promise<IpcResult<'app:readOpenedFile'>>;
    setMenu(commands: MenuCommand[]): Promise<IpcResult<'app:setMenu'>>;
    /** Subscribes to menu clicks (the command id); returns the unsubscribe function. */
    onMenuCommand(listener: (id: string) => void): () => void;
  };
}
