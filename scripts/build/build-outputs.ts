import { buildCorpus, type CorpusError, type SourceFile } from '../../shared/corpus';
import type { Library } from '../../shared/model/article';
import { LibraryWriter } from './library-writer';

export { ARTICLE_TEXT_FILE, LIBRARY_FILE, SEARCH_INDEX_FILE } from '../../shared/library/library-files';

export interface BuildOutputs {
  library: Library;
  errors: CorpusError[];
  /** The exact bytes of the three files, so a test can compare a fresh build with the shipped ones. */
  libraryJson: string;
  articleText: Uint8Array;
  searchIndex: Uint8Array;
}

/**
 * Parses and indexes a corpus, in memory, through the same LibraryWriter the streaming CLI build
 * uses. Deterministic: the same sources and builtAt give the same bytes (articles sorted by path).
 */
export function buildOutputs(sources: readonly SourceFile[], builtAt: string): BuildOutputs {
  const { articles, errors } = buildCorpus(sources);
  const chunks: Uint8Array[] = [];
  const writer = new LibraryWriter((bytes) => chunks.push(bytes));
  for (const article of articles) writer.add(article);
  return {
    library: { formatVersion: 1, builtAt, articles },
    errors,
    libraryJson: writer.libraryJson(builtAt),
    articleText: concat(chunks),
    searchIndex: writer.searchIndex(),
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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
