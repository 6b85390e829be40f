/**
 * The built library on disk, as three files, so that nothing has to parse every article to start:
 *
 * | file | holds | read |
 * |---|---|---|
 * | library.json | formatVersion 3, builtAt, the metadata's column names, and every article's metadata (no text) as one array per line, with where its text is | at start, small |
 * | article-text.jsonl | each article's sections and figures as one JSON line, in library order | by byte offset, when an article is opened or its text checked |
 * | search-index.bin | the compact search index (shared/search/compact) | bytes, decoded lazily |
 *
 * Pure: bytes in, objects out. Hosts (CLI, main process, browser, worker) read the files their way.
 */
import type { Article, Figure, Library, Section } from '../model/article';
import { err, ok, type Result } from '../model/result';
import { errorText } from '../model/error-text';

export const LIBRARY_FILE = 'library.json';
export const ARTICLE_TEXT_FILE = 'article-text.jsonl';
export const SEARCH_INDEX_FILE = 'search-index.bin';
export const LIBRARY_FORMAT_VERSION = 3;

/** An article without its text: what the library list, sorting and search results need. */
export type ArticleMeta = Omit<Article, 'sections' | 'figures'> & {
  /** Byte offset and length of the article's line in article-text.jsonl. */
  text: [offset: number, length: number];
};

export interface LibraryMeta {
  formatVersion: typeof LIBRARY_FORMAT_VERSION;
  builtAt: string;
  articles: ArticleMeta[];
}

interface ArticleBody {
  sections: Section[];
  figures: Figure[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One article's line of article-text.jsonl. */
export function encodeArticleText(article: Pick<Article, 'sections' | 'figures'>): Uint8Array {
  const body: ArticleBody = { sections: article.sections, figures: article.figures };
  return encoder.encode(`${JSON.stringify(body)}\n`);
}

export function articleMeta(article: Article, text: [number, number]): ArticleMeta {
  const { sections: _sections, figures: _figures, ...meta } = article;
  return { ...meta, text };
}

// library.json's columns: every key of ArticleMeta, `text` as two numbers. Optional keys come last
// and are null when absent (their values are never null, so null can only mean absent).
const REQUIRED = ['id', 'title', 'byline', 'source', 'kind', 'dateline', 'published', 'wordCount', 'readingMinutes', 'sourceFile', 'contentHash'] as const;
const OPTIONAL = ['siteName', 'language', 'canonicalUrl'] as const;
const COLUMNS = [...REQUIRED, 'textOffset', 'textLength', ...OPTIONAL];
// A key added to Article must be given a column here, or typechecking fails.
// `removedAt` is set only on what the app keeps of a removed import (renderer/db), never in a built library.
type Listed = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number] | 'text' | 'removedAt';
const everyKeyListed: [Exclude<keyof ArticleMeta, Listed>] extends [never] ? true : never = true;
void everyKeyListed;

/**
 * library.json's text: one article to a line, so a corpus change reads as a small diff in review,
 * each line an array in the order of `columns` (the header names them once): repeating every key in
 * every article made up more than half the file, and parsing it is the first thing the app does.
 */
export function encodeLibraryMeta(meta: LibraryMeta): string {
  const head = JSON.stringify({ formatVersion: LIBRARY_FORMAT_VERSION, builtAt: meta.builtAt, columns: COLUMNS });
  const articles = meta.articles.map((a) => {
    const row: unknown[] = [...REQUIRED.map((k) => a[k]), a.text[0], a.text[1], ...OPTIONAL.map((k) => a[k] ?? null)];
    while (row.length > REQUIRED.length + 2 && row[row.length - 1] === null) row.pop();
    return JSON.stringify(row);
  });
  return `${head.slice(0, -1)},"articles":[\n${articles.join(',\n')}\n]}\n`;
}

const REBUILD = 'rebuild it with "npm run gloss -- build"';

export function parseLibraryMeta(text: string): Result<LibraryMeta, string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return err(`${LIBRARY_FILE} is not valid JSON (${errorText(e)}); ${REBUILD}.`);
  }
  const v = value as { formatVersion?: unknown; builtAt?: unknown; columns?: unknown; articles?: unknown } | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.articles)) return err(`${LIBRARY_FILE} is not a Gloss library; ${REBUILD}.`);
  if (v.formatVersion !== LIBRARY_FORMAT_VERSION) {
    return err(`${LIBRARY_FILE} is format ${String(v.formatVersion)}; this version of Gloss reads format ${LIBRARY_FORMAT_VERSION}; ${REBUILD}.`);
  }
  if (!Array.isArray(v.columns) || v.columns.join() !== COLUMNS.join()) return err(`${LIBRARY_FILE} has other columns than this version of Gloss reads; ${REBUILD}.`);
  const articles: ArticleMeta[] = [];
  for (const row of v.articles as unknown[]) {
    if (!Array.isArray(row) || row.length < REQUIRED.length + 2) return err(`${LIBRARY_FILE} has a malformed article entry; ${REBUILD}.`);
    const a: Record<string, unknown> = {};
    REQUIRED.forEach((k, i) => (a[k] = row[i]));
    a.text = [row[REQUIRED.length], row[REQUIRED.length + 1]];
    OPTIONAL.forEach((k, i) => {
      const x: unknown = row[REQUIRED.length + 2 + i];
      if (x !== undefined && x !== null) a[k] = x;
    });
    articles.push(a as ArticleMeta);
  }
  return ok({ formatVersion: LIBRARY_FORMAT_VERSION, builtAt: String(v.builtAt), articles });
}

/** Reads `length` bytes at `offset` of article-text.jsonl. */
export type ReadBytes = (offset: number, length: number) => Uint8Array;

/** A whole file already in memory, as a ReadBytes. */
export function bytesReader(bytes: Uint8Array): ReadBytes {
  return (offset, length) => bytes.subarray(offset, offset + length);
}

export function decodeArticle(meta: ArticleMeta, bytes: Uint8Array): Article {
  const { text: _text, ...rest } = meta;
  let body: ArticleBody;
  try {
    body = JSON.parse(decoder.decode(bytes)) as ArticleBody;
  } catch (e) {
    throw new Error(`The text of "${meta.title}" could not be read from ${ARTICLE_TEXT_FILE} (${errorText(e)}); ${REBUILD}.`, { cause: e });
  }
  return { ...rest, sections: body.sections, figures: body.figures };
}

/**
 * The library as the app reads it: metadata at once, an article's text when it is asked for (a few
 * recently read ones are kept). Unknown ids give undefined.
 */
export class LibraryReader {
  private readonly byId = new Map<string, ArticleMeta>();
  private readonly recent = new Map<string, Article>();

  constructor(
    readonly meta: LibraryMeta,
    private readonly read: ReadBytes,
    private readonly keep = 256,
  ) {
    for (const a of meta.articles) if (!this.byId.has(a.id)) this.byId.set(a.id, a);
  }

  get articles(): readonly ArticleMeta[] {
    return this.meta.articles;
  }

  metaOf(id: string): ArticleMeta | undefined {
    return this.byId.get(id);
  }

  article(id: string): Article | undefined {
    let hit = this.recent.get(id);
    if (hit) {
      this.recent.delete(id);
      this.recent.set(id, hit);
      return hit;
    }
    const meta = this.byId.get(id);
    if (!meta) return undefined;
    hit = decodeArticle(meta, this.read(meta.text[0], meta.text[1]));
    this.recent.set(id, hit);
    if (this.recent.size > this.keep) this.recent.delete(this.recent.keys().next().value!);
    return hit;
  }

  /** Every article with its text (for hosts that still want the whole library as objects). */
  toLibrary(): Library {
    return { formatVersion: 1, builtAt: this.meta.builtAt, articles: this.meta.articles.map((m) => decodeArticle(m, this.read(m.text[0], m.text[1]))) };
  }
}

/** The three built files as bytes: what a host reads (fetch, fs, IPC) and hands on without parsing. */
export interface CorpusFiles {
  library: Uint8Array;
  articleText: Uint8Array;
  index: Uint8Array;
}

/** Opens the built files: the library's metadata parsed, text read by offset, the index left as bytes. */
export function openCorpusFiles(files: CorpusFiles): Result<{ library: LibraryReader; index: Uint8Array }, string> {
  const meta = parseLibraryMeta(decoder.decode(files.library));
  if (!meta.ok) return meta;
  return ok({ library: new LibraryReader(meta.value, bytesReader(files.articleText)), index: files.index });
}
