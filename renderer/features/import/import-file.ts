/**
 * One file the reader chose → an imported article, through the same pipeline as `gloss build`:
 * shared/corpus/parse-document.ts (text decoded in any encoding with warnings by line, then
 * Readability for pages, Markdown, plain text; EPUB chapters; a PDF's text layer) → an Article.
 * Nothing is stored here; run-import.ts decides.
 */
import { articleId, isDocumentFile, parseDocument, type DocumentEngines } from '../../../shared/corpus';
import type { Article } from '../../../shared/model/article';
import { err, ok, type Result } from '../../../shared/model/result';
import type { ImportedArticleRecord } from '../../db';
import { loadPdfEngine } from './pdf-engine';

// The same limit as the CLI's (scripts/build/read-sources.ts): a research article is kilobytes.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What the window reads PDFs with; tests in Node pass pdf.js's Node build instead. */
export const browserEngines: DocumentEngines = { pdf: loadPdfEngine };

export interface ImportCandidate {
  file: File;
  /** Where the file sat in the folder that was dropped or chosen ("notes/a.md"); else its name. */
  path: string;
  /** Why the file could not even be read (an opened document main refused); reported as a failure. */
  refused?: string;
}

export async function importFile({ file, path, refused }: ImportCandidate, now: string, engines: DocumentEngines = browserEngines): Promise<Result<ImportedArticleRecord, string>> {
  if (refused !== undefined) return err(refused);
  if (!isDocumentFile(file.name)) return err('is not a file Gloss can import (.html, .htm, .md, .txt, .epub, .pdf)');
  if (file.size > MAX_IMPORT_BYTES) return err(`is ${file.size} bytes, over the ${MAX_IMPORT_BYTES}-byte limit`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return err('could not be read (it may have been moved or deleted)');
  }
  const parsed = await parseDocument(path, new Uint8Array(bytes), engines);
  if (!parsed.ok) return parsed;
  const article = asImported(parsed.value.article, path);
  return ok({
    id: article.id,
    article,
    original: { name: path, type: file.type, size: file.size, bytes },
    encoding: parsed.value.encoding,
    warnings: parsed.value.warnings,
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
