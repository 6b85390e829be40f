/**
 * One file the reader chose → an imported article, through the same pipeline as `gloss build`:
 * decodeBytes (any encoding, warnings by line) → parseSourceReason (Readability for pages,
 * Markdown, plain text) → an Article. Nothing is stored here; run-import.ts decides.
 */
import { articleId, isSourceFile, parseEpub, parseSourceReason } from '../../../shared/corpus';
import type { Article } from '../../../shared/model/article';
import { err, ok, type Result } from '../../../shared/model/result';
import { decodeBytes } from '../../../shared/text/decode';
import type { ImportedArticleRecord } from '../../db';

// The same limit as the CLI's (scripts/build/read-sources.ts): a research article is kilobytes.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportCandidate {
  file: File;
  /** Where the file sat in the folder that was dropped or chosen ("notes/a.md"); else its name. */
  path: string;
}

export async function importFile({ file, path }: ImportCandidate, now: string): Promise<Result<ImportedArticleRecord, string>> {
  const epub = /\.epub$/i.test(file.name);
  if (!epub && !isSourceFile(file.name)) return err('is not a file Gloss can import (.html, .htm, .md, .txt, .epub)');
  if (file.size > MAX_IMPORT_BYTES) return err(`is ${file.size} bytes, over the ${MAX_IMPORT_BYTES}-byte limit`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return err('could not be read (it may have been moved or deleted)');
  }
  // An EPUB is a zip of chapters, decoded one by one inside parseEpub.
  const decoded = epub ? { encoding: 'epub (zip)', warnings: [] as string[], text: '' } : decodeBytes(new Uint8Array(bytes), { html: /\.html?$/i.test(file.name) });
  const parsed = epub ? parseEpub(new Uint8Array(bytes), path) : parseSourceReason(path, decoded.text);
  if (!parsed.ok) return parsed;
  const article = asImported(parsed.value, path);
  return ok({
    id: article.id,
    article,
    original: { name: path, type: file.type, size: file.size, bytes },
    encoding: decoded.encoding,
    warnings: decoded.warnings,
    importedAt: now,
  });
}

/**
 * An imported article's id is made from its content hash as well as its path, so two different
 * files both called "index.html" never share highlights, and re-importing the same text gives
 * the same id.
 */
function asImported(article: Article, path: string): Article {
  return { ...article, id: articleId(`imported/${article.contentHash}/${path}`), sourceFile: path };
}
