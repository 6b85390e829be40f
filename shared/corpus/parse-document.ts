import type { Article } from '../model/article';
import { errorText } from '../model/error-text';
import { err, ok, type Result } from '../model/result';
import { decodeBytes } from '../text/decode';
import { parseEpub } from './epub';
import { isSourceFile, parseSourceReason } from './parse-source';
import { parsePdf, type PdfEngine } from './pdf/parse-pdf';

/*
 * The one pipeline from a file's bytes to an Article, used by the app's "Add articles" and by the
 * CLI's `gloss build`: text formats are decoded in their own encoding (shared/text/decode.ts) and
 * parsed by extension; an EPUB is unzipped chapter by chapter; a PDF's text layer is read by pdf.js,
 * which each caller supplies for its runtime (loaded only when a PDF comes along).
 */

export interface DocumentEngines {
  pdf(): Promise<PdfEngine>;
}

export interface ParsedDocument {
  article: Article;
  /** How the bytes were read ("utf-8", "windows-1252", "epub (zip)", "pdf"). */
  encoding: string;
  /** What decoding had to replace or drop, for a person. */
  warnings: string[];
}

/** Every extension the pipeline reads: the text formats and the two container formats. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['html', 'htm', 'md', 'markdown', 'txt', 'text', 'epub', 'pdf'];

const isEpub = (name: string) => /\.epub$/i.test(name);
const isPdf = (name: string) => /\.pdf$/i.test(name);

/** True for a file the pipeline can read (by its name). */
export function isDocumentFile(name: string): boolean {
  return isEpub(name) || isPdf(name) || isSourceFile(name);
}

/** True for the formats read from bytes as a whole (not decoded as text first). */
export function isBinaryDocument(name: string): boolean {
  return isEpub(name) || isPdf(name);
}

/** A file's bytes → its Article, or why not (the reason does not repeat the file name). */
export async function parseDocument(path: string, bytes: Uint8Array, engines: DocumentEngines): Promise<Result<ParsedDocument, string>> {
  if (!isDocumentFile(path)) return err(`is not a file Gloss can import (${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(', ')})`);
  if (isEpub(path)) return withArticle(parseEpub(bytes, path), 'epub (zip)', []);
  if (isPdf(path)) {
    let engine: PdfEngine;
    try {
      engine = await engines.pdf();
    } catch (e) {
      return err(`could not be read: the PDF reader failed to load (${errorText(e)})`);
    }
    return withArticle(await parsePdf(bytes, path, engine), 'pdf', []);
  }
  const decoded = decodeBytes(bytes, { html: /\.html?$/i.test(path) });
  return withArticle(parseSourceReason(path, decoded.text), decoded.encoding, decoded.warnings);
}

function withArticle(parsed: Result<Article, string>, encoding: string, warnings: string[]): Result<ParsedDocument, string> {
  return parsed.ok ? ok({ article: parsed.value, encoding, warnings }) : parsed;
}
