/**
 * The one interface the renderer needs from its host. The Electron host forwards to window.gloss
 * (the preload); the browser host uses fetch, downloads and the URL hash. The whole UI runs on either,
 * which is how Playwright tests it in a plain Chromium.
 */
import type { AutoBackupInfo, ExportFile, FolderExportResult, MenuCommand, OpenedFile, OpenFileRequest, TaskProgress, ThemeSource } from '../../shared/ipc/contract';
import type { CorpusFiles, LibraryMeta } from '../../shared/library/library-files';
import type { Result } from '../../shared/model/result';

export interface LoadedCorpus {
  /** Every bundled article's metadata, and where its text lies in `text`. */
  library: LibraryMeta;
  /** article-text.jsonl, read by offset when an article is opened; it may still be arriving when the library is shown. */
  text: Promise<Blob>;
  /** The three files as loaded (maybe still arriving); the search worker takes them by transfer. */
  files: Promise<CorpusFiles>;
}

export interface Platform {
  kind: 'electron' | 'browser';
  loadCorpus(): Promise<Result<LoadedCorpus>>;
  openExternal(url: string): Promise<Result<true>>;
  /** Saves one file: a native save dialog in Electron, a download in the browser. null = cancelled. */
  saveFile(file: ExportFile): Promise<Result<{ path: string } | null>>;
  /**
   * Saves several files: into a chosen folder in Electron (never over a file edited since Gloss
   * wrote it); one download per file in the browser (the browser renames, never overwrites).
   */
  saveFolder(files: ExportFile[]): Promise<Result<FolderExportResult | null>>;
  /** Lets the user pick a backup file and returns its text. null = cancelled. */
  openBackupFile(): Promise<Result<{ name: string; text: string } | null>>;
  copyText(text: string): Promise<Result<true>>;
  /**
   * Daily backup files in the app's data folder, the newest 7 kept (desktop only). null in the
   * browser: a copy kept inside the same browser storage would vanish with it (site data cleared,
   * profile reset), exactly when it is needed; there, Back up downloads a file instead.
   */
  automaticBackups: AutomaticBackups | null;
  /** gloss:// deep links (Electron) or the equivalent URL hash (browser). Returns unsubscribe. */
  onDeepLink(listener: (url: string) => void): () => void;
  /** The desktop menu's keymap commands (Electron rebuilds its menu; a browser has none). */
  setMenu(commands: MenuCommand[]): Promise<Result<true>>;
  /** Menu clicks, as command ids (never in a browser). Returns unsubscribe. */
  onMenuCommand(listener: (id: string) => void): () => void;
  /** Native UI (menus, dialogs, title bar) follows the reader's theme; a browser follows the page. */
  setTheme(theme: ThemeSource): Promise<Result<true>>;
  /** Progress of long work on the dock icon / taskbar button (import, indexing); null clears it. */
  setProgress(progress: TaskProgress): Promise<Result<true>>;
  /** Documents the OS asks Gloss to open, to import them (never in a browser). Returns unsubscribe. */
  onOpenFile(listener: (file: OpenFileRequest) => void): () => void;
  /** The bytes of a document onOpenFile announced (once each); refused in a browser, which has none. */
  readOpenedFile(path: string): Promise<Result<OpenedFile>>;
}

export interface AutomaticBackups {
  /** Writes today's backup unless one exists. */
  write(content: string): Promise<Result<{ name: string; written: boolean }>>;
  /** Newest first. */
  list(): Promise<Result<AutoBackupInfo[]>>;
  read(name: string): Promise<Result<{ name: string; text: string }>>;
}
