/**
 * The one interface the renderer needs from its host. The Electron host forwards to window.gloss
 * (the preload); the browser host uses fetch, downloads and the URL hash. The whole UI runs on either,
 * which is how Playwright tests it in a plain Chromium.
 */
import type { ExportFile } from '../../shared/ipc/contract';
import type { CorpusFiles } from '../../shared/library/library-files';
import type { Library } from '../../shared/model/article';
import type { Result } from '../../shared/model/result';

export interface LoadedCorpus {
  library: Library;
  /** The three files as loaded; the search worker takes them (by transfer) once the library is read. */
  files: CorpusFiles;
}

export interface Platform {
  kind: 'electron' | 'browser';
  loadCorpus(): Promise<Result<LoadedCorpus>>;
  openExternal(url: string): Promise<Result<true>>;
  /** Saves one file: a native save dialog in Electron, a download in the browser. null = cancelled. */
  saveFile(file: ExportFile): Promise<Result<{ path: string } | null>>;
  /** Saves several files: into a chosen folder in Electron; one download per file in the browser. */
  saveFolder(files: ExportFile[]): Promise<Result<{ folder: string; written: number } | null>>;
  /** Lets the user pick a backup file and returns its text. null = cancelled. */
  openBackupFile(): Promise<Result<{ name: string; text: string } | null>>;
  copyText(text: string): Promise<Result<true>>;
  /** gloss:// deep links (Electron) or the equivalent URL hash (browser). Returns unsubscribe. */
  onDeepLink(listener: (url: string) => void): () => void;
}
