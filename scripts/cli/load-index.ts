import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
// From shared/library, not build-outputs: answering a search should not load the parsers a build needs.
import { ARTICLE_TEXT_FILE, LIBRARY_FILE, LibraryReader, parseLibraryMeta, SEARCH_INDEX_FILE } from '../../shared/library/library-files';
import { err, ok, type Result } from '../../shared/model/result';

export interface LoadedIndex {
  library: LibraryReader;
  /** The compact index's bytes, handed to createSearcher as they are. */
  index: Uint8Array;
}

const BUILD_FIRST = 'build the index first with "npm run gloss -- build"';

/**
 * Reads the library's metadata and the index's bytes; an article's text is read from
 * article-text.jsonl by offset only when it is needed, so a search of a large library reads a few
 * articles, not all of them. Messages say what to do when a file is missing or broken.
 */
export async function loadIndex(dir: string): Promise<Result<LoadedIndex, string>> {
  const libraryPath = join(dir, LIBRARY_FILE);
  const text = await readText(libraryPath);
  if (!text.ok) return text;
  const meta = parseLibraryMeta(text.value);
  if (!meta.ok) return err(`${libraryPath}: ${meta.error}`);
  let index: Uint8Array;
  try {
    index = await readFile(join(dir, SEARCH_INDEX_FILE));
  } catch (e) {
    return err(missing(e) ? `${join(dir, SEARCH_INDEX_FILE)} does not exist; ${BUILD_FIRST}.` : `Cannot read ${join(dir, SEARCH_INDEX_FILE)}: ${String(e)}`);
  }
  const textPath = join(dir, ARTICLE_TEXT_FILE);
  let fd: number;
  try {
    fd = openSync(textPath, 'r');
  } catch (e) {
    return err(missing(e) ? `${textPath} does not exist; ${BUILD_FIRST}.` : `Cannot read ${textPath}: ${String(e)}`);
  }
  const readBytes = (offset: number, length: number) => {
    const bytes = new Uint8Array(length);
    const got = readSync(fd, bytes, 0, length, offset);
    if (got !== length) throw new Error(`${textPath} is shorter than library.json says; rebuild it with "npm run gloss -- build".`);
    return bytes;
  };
  // The CLI runs one command and exits; the descriptor closes with the process.
  process.once('exit', () => closeSync(fd));
  return ok({ library: new LibraryReader(meta.value, readBytes), index });
}

async function readText(path: string): Promise<Result<string, string>> {
  try {
    return ok(await readFile(path, 'utf8'));
  } catch (e) {
    return err(missing(e) ? `${path} does not exist; ${BUILD_FIRST}.` : `Cannot read ${path}: ${String(e)}`);
  }
}

function missing(e: unknown): boolean {
  return !!e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT';
}
