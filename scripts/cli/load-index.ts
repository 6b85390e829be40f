import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Library } from '../../shared/model/article';
import { err, ok, type Result } from '../../shared/model/result';
import { LIBRARY_FILE, SEARCH_INDEX_FILE } from '../build/build-outputs';
import { errorText } from '../../shared/model/error-text';

export interface LoadedIndex {
  library: Library;
  indexJson: unknown;
}

/** Reads the two built files, with a message that says what to do when they are missing or broken. */
export async function loadIndex(dir: string): Promise<Result<LoadedIndex, string>> {
  const library = await readJson(join(dir, LIBRARY_FILE));
  if (!library.ok) return library;
  const value = library.value;
  if (!isLibrary(value)) return err(`${join(dir, LIBRARY_FILE)} is not a Gloss library (formatVersion 1 with an articles list); rebuild it with "npm run gloss -- build".`);
  const indexJson = await readJson(join(dir, SEARCH_INDEX_FILE));
  if (!indexJson.ok) return indexJson;
  return ok({ library: value, indexJson: indexJson.value });
}

async function readJson(path: string): Promise<Result<unknown, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const missing = e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT';
    return err(missing ? `${path} does not exist; build the index first with "npm run gloss -- build".` : `Cannot read ${path}: ${String(e)}`);
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err(`${path} is not valid JSON (${errorText(e)}); rebuild it with "npm run gloss -- build".`);
  }
}

function isLibrary(value: unknown): value is Library {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<Library>;
  return v.formatVersion === 1 && Array.isArray(v.articles);
}
