import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isSourceFile, type CorpusError, type SourceFile } from '../../shared/corpus';
import { err, ok, type Result } from '../../shared/model/result';
import { errorText } from '../../shared/model/error-text';

export interface SourceTree {
  sources: SourceFile[];
  /** Source files that could not be read at all (permissions, too large). */
  unreadable: CorpusError[];
  /** Files under the folder that are not .txt/.md/.html, by path, for the report. */
  ignored: string[];
  /** Newest modification time among the sources (ms since epoch), 0 when there are none. */
  newestMtimeMs: number;
}

// A research article is kilobytes; a file this big is a mistake (a dump, a video renamed .txt).
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
// Enough parallel reads to hide disk latency without running out of file handles on big corpora.
const READ_CONCURRENCY = 32;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Every source file under `root`, recursively, in path order; hidden files and folders are skipped. */
export async function readSourceTree(root: string): Promise<Result<SourceTree, string>> {
  const info = await stat(root).catch(() => null);
  if (!info) return err(`The source folder ${root} does not exist.`);
  if (!info.isDirectory()) return err(`The source path ${root} is not a folder.`);

  const paths: string[] = [];
  const ignored: string[] = [];
  const unreadable: CorpusError[] = [];
  const toPosix = (path: string) => relative(root, path).split(sep).join('/');
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ file: toPosix(dir) || '.', reason: `cannot list the folder (${errorCode(e)})` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isSourceFile(entry.name)) paths.push(path);
      else if (entry.isFile()) ignored.push(toPosix(path));
    }
  };
  await walk(root);
  paths.sort();

  const sources: SourceFile[] = [];
  let newestMtimeMs = 0;
  for (let i = 0; i < paths.length; i += READ_CONCURRENCY) {
    const batch = await Promise.all(paths.slice(i, i + READ_CONCURRENCY).map(async (path): Promise<CorpusError | (SourceFile & { mtimeMs: number })> => {
      const file = toPosix(path);
      try {
        const meta = await stat(path);
        if (meta.size > MAX_SOURCE_BYTES) return { file, reason: `is ${meta.size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for a source` };
        return { file, text: decoder.decode(await readFile(path)), mtimeMs: meta.mtimeMs };
      } catch (e) {
        return { file, reason: `cannot be read (${errorCode(e)})` };
      }
    }));
    for (const item of batch) {
      if ('reason' in item) unreadable.push(item);
      else {
        sources.push({ file: item.file, text: item.text });
        newestMtimeMs = Math.max(newestMtimeMs, item.mtimeMs);
      }
    }
  }
  return ok({ sources, unreadable, ignored, newestMtimeMs });
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return errorText(e);
}
