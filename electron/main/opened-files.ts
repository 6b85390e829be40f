import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile, OpenFileRequest } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/model/result';
import { isImportable } from './open-files';

// The renderer's import limit (renderer/features/import/import-file.ts): a research article is kilobytes.
export const MAX_OPENED_BYTES = 20 * 1024 * 1024;

export interface OpenedFiles {
  /** A path the OS handed Gloss (argv, open-file): remembered, so the page may read it once. */
  offer(path: string): OpenFileRequest;
  /** The bytes of an offered file, for the renderer's import; any other path is refused. */
  read(path: unknown): Promise<Result<OpenedFile>>;
}

/**
 * The page never names files to read: it may read exactly the documents the OS asked Gloss to
 * open, each once, so a compromised renderer cannot use this channel to read anything else.
 */
export function createOpenedFiles(fs: { stat: typeof stat; readFile: typeof readFile } = { stat, readFile }): OpenedFiles {
  const offered = new Set<string>();
  return {
    offer(path) {
      offered.add(path);
      return { path, name: basename(path) };
    },
    async read(path) {
      if (typeof path !== 'string') return err('Expected the path of a file Gloss was asked to open.');
      if (!offered.has(path)) return err(`${basename(path)} was not opened with Gloss, so it is not read.`);
      offered.delete(path);
      if (!isImportable(path)) return err(`${basename(path)} is not a file Gloss can import.`);
      const name = basename(path);
      let size: number;
      try {
        const info = await fs.stat(path);
        if (!info.isFile()) return err(`${name} is not a file.`);
        size = info.size;
      } catch {
        return err(`${name} could not be found (it may have been moved or deleted).`);
      }
      if (size > MAX_OPENED_BYTES) return err(`${name} is ${size} bytes, over the ${MAX_OPENED_BYTES}-byte limit.`);
      try {
        return ok({ name, bytes: new Uint8Array(await fs.readFile(path)) });
      } catch {
        return err(`${name} could not be read (permissions?).`);
      }
    },
  };
}
