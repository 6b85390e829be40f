import { buildCorpus, type CorpusError, type SourceFile } from '../../shared/corpus';
import type { Library } from '../../shared/model/article';
import { buildSearchIndex } from '../../shared/search/build-index';

export const LIBRARY_FILE = 'library.json';
export const SEARCH_INDEX_FILE = 'search-index.json';

export interface BuildOutputs {
  library: Library;
  errors: CorpusError[];
  /** The exact bytes of the two files, so a test can compare a fresh build with the shipped ones. */
  libraryJson: string;
  searchIndexJson: string;
}

/**
 * Parses and indexes a corpus, in memory. Deterministic: the same sources and builtAt give the same
 * bytes (articles sorted by path, JSON written in one fixed key order).
 */
export function buildOutputs(sources: readonly SourceFile[], builtAt: string): BuildOutputs {
  const { articles, errors } = buildCorpus(sources);
  const library: Library = { formatVersion: 1, builtAt, articles };
  const index = buildSearchIndex(articles);
  return {
    library,
    errors,
    // Pretty, so a corpus change reads as a small diff in review; the index is machine-only and big.
    libraryJson: `${JSON.stringify(library, null, 2)}\n`,
    searchIndexJson: `${JSON.stringify(index.toJSON())}\n`,
  };
}

/**
 * builtAt must not change between two builds of the same corpus, so it is not the clock: it is
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention) or else the newest source's mtime.
 */
export function builtAtFor(newestMtimeMs: number, env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date(Math.floor(newestMtimeMs / 1000) * 1000).toISOString();
}
