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
  /** Native folder dialog, then writes every file into it (overwriting same-named files). */
  'export:saveFolder': { args: [files: ExportFile[]]; result: Result<{ folder: string; written: number } | null> };
  /** Native open dialog for a backup; returns the file's text, or null when cancelled. */
  'backup:open': { args: []; result: Result<{ name: string; text: string } | null> };
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
  backup: { open(): Promise<IpcResult<'backup:open'>> };
  app: {
    /** Subscribes to deep links; returns the unsubscribe function. */
    onDeepLink(listener: (url: string) => void): () => void;
  };
}
