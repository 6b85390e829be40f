import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isBinaryDocument, isDocumentFile, isSourceFile, type CorpusError, type SourceFile } from '../../shared/corpus';
import { err, ok, type Result } from '../../shared/model/result';
import { errorText } from '../../shared/model/error-text';
import { decodeBytes } from '../../shared/text/decode';

export interface SourceTree {
  sources: SourceFile[];
  /** Source files that could not be read at all (permissions, too large). */
  unreadable: CorpusError[];
  /** Files under the folder that are not .txt/.md/.html, by path, for the report. */
  ignored: string[];
  /** Files read with something replaced or dropped (undecodable bytes, NULs), and links not followed. */
  warnings: CorpusError[];
  /** Newest modification time among the sources (ms since epoch), 0 when there are none. */
  newestMtimeMs: number;
}

// A research article is kilobytes; a file this big is a mistake (a dump, a video renamed .txt).
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
// Enough parallel reads to hide disk latency without running out of file handles on big corpora.
const READ_CONCURRENCY = 32;

/** A source file found under the corpus folder, not yet read. */
export interface SourceEntry {
  path: string;
  /** Relative to the corpus folder, with forward slashes. */
  file: string;
}

export interface SourceListing {
  entries: SourceEntry[];
  unreadable: CorpusError[];
  ignored: string[];
  /** Links not followed (cycles); reading adds files with something replaced or dropped. */
  warnings: CorpusError[];
}

/**
 * A source read and decoded, with what decoding had to replace or drop. An EPUB or PDF is not text:
 * it comes as its bytes (text empty), for shared/corpus/parse-document.ts.
 */
export type ReadSource = SourceFile & { mtimeMs: number; warnings: string[]; bytes?: Uint8Array };

export interface ListOptions {
  /** Also list .epub and .pdf files (the CLI's build reads them; the in-memory corpus build does not). */
  documents?: boolean;
}

/** Every source file under `root`, recursively, in path order; hidden files and folders are skipped. */
export async function listSources(root: string, options: ListOptions = {}): Promise<Result<SourceListing, string>> {
  const wanted = options.documents ? isDocumentFile : isSourceFile;
  const info = await stat(root).catch(() => null);
  if (!info) return err(`The source folder ${root} does not exist.`);
  if (!info.isDirectory()) return err(`The source path ${root} is not a folder.`);

  const paths: string[] = [];
  const ignored: string[] = [];
  const unreadable: CorpusError[] = [];
  const warnings: CorpusError[] = [];
  const toPosix = (path: string) => relative(root, path).split(sep).join('/');
  // Symbolic links are followed (a corpus assembled from links is common); a folder met again
  // through a link is a cycle and is not entered twice.
  const visited = new Set<string>([await realpath(root).catch(() => root)]);
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
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (!target) {
          unreadable.push({ file: toPosix(path), reason: 'is a symbolic link to nothing (its target does not exist)' });
          continue;
        }
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        const real = await realpath(path).catch(() => path);
        if (visited.has(real)) {
          warnings.push({ file: toPosix(path), reason: 'links back to a folder already read (a cycle); not read twice' });
          continue;
        }
        visited.add(real);
        await walk(path);
      } else if (isFile && wanted(entry.name)) paths.push(path);
      else if (isFile) ignored.push(toPosix(path));
    }
  };
  await walk(root);
  paths.sort();
  return ok({ entries: paths.map((path) => ({ path, file: toPosix(path) })), unreadable, ignored, warnings });
}

/** One source's text, decoded in its own encoding (BOM, <meta charset>, sniffing: shared/text/decode.ts), and time, or why not. */
export async function readSource(entry: SourceEntry): Promise<CorpusError | ReadSource> {
  try {
    const meta = await stat(entry.path);
    if (meta.size > MAX_SOURCE_BYTES) return { file: entry.file, reason: `is ${meta.size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for a source` };
    const bytes = await readFile(entry.path);
    if (isBinaryDocument(entry.file)) return { file: entry.file, text: '', bytes, mtimeMs: meta.mtimeMs, warnings: [] };
    const decoded = decodeBytes(bytes, { html: /\.html?$/i.test(entry.file) });
    return { file: entry.file, text: decoded.text, mtimeMs: meta.mtimeMs, warnings: decoded.warnings };
  } catch (e) {
    return { file: entry.file, reason: `cannot be read (${errorCode(e)})` };
  }
}

/**
 * Reads sources in order, READ_CONCURRENCY at a time, handing each to `use` before the next batch is
 * read: the corpus is never all in memory.
 */
export async function forEachSource(entries: readonly SourceEntry[], use: (item: CorpusError | ReadSource) => void | Promise<void>): Promise<void> {
  for (let i = 0; i < entries.length; i += READ_CONCURRENCY) {
    const batch = await Promise.all(entries.slice(i, i + READ_CONCURRENCY).map(readSource));
    for (const item of batch) await use(item);
  }
}

/** Every source file under `root`, read into memory (for tests and small corpora). */
export async function readSourceTree(root: string): Promise<Result<SourceTree, string>> {
  const listing = await listSources(root);
  if (!listing.ok) return listing;
  const { entries, unreadable, ignored, warnings } = listing.value;
  const sources: SourceFile[] = [];
  let newestMtimeMs = 0;
  await forEachSource(entries, (item) => {
    if ('reason' in item) unreadable.push(item);
    else {
      sources.push({ file: item.file, text: item.text });
      for (const reason of item.warnings) warnings.push({ file: item.file, reason });
      newestMtimeMs = Math.max(newestMtimeMs, item.mtimeMs);
    }
  });
  return ok({ sources, unreadable, ignored, warnings, newestMtimeMs });
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return errorText(e);
}
