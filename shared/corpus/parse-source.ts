import type { Article } from '../model/article';
import { err, type Result } from '../model/result';
import { looksBinary } from '../text/binary';
import { assembleArticle } from './assemble-article';
import { parseHtmlPage } from './page/parse-html-page';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plain-text';
import type { SourceDocument } from './source-block';

const PARSERS: Record<string, (text: string) => SourceDocument> = {
  txt: parsePlainText,
  text: parsePlainText,
  md: parseMarkdown,
  markdown: parseMarkdown,
  html: parseHtmlPage,
  htm: parseHtmlPage,
};

export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(PARSERS);

/** True for file names the corpus reads (.txt, .md, .html and their longer spellings). */
export function isSourceFile(fileName: string): boolean {
  return extensionOf(fileName) in PARSERS;
}

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

// Text decoded from a binary file is full of U+FFFD; a few in real prose are tolerated.
const MAX_REPLACEMENT_SHARE = 0.01;

/** Why a source cannot become an Article, or the Article. The reason does not repeat the file name. */
export function parseSourceReason(fileName: string, text: string): Result<Article, string> {
  const ext = extensionOf(fileName);
  const parse = PARSERS[ext];
  if (!parse) {
    return err(`unsupported file type ${ext ? `".${ext}"` : '(no extension)'}; expected one of ${SOURCE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`);
  }
  let body = text.replace(/^\uFEFF/, '');
  // A stray NUL is damage and is dropped; a file full of control characters is not text at all.
  if (looksBinary(body)) return err('looks like a binary file (it contains NUL bytes), not text');
  body = body.split('\u0000').join('');
  const replacements = body.match(/\uFFFD/g)?.length ?? 0;
  if (replacements > 0 && replacements / body.length > MAX_REPLACEMENT_SHARE) {
    return err(`is not readable text in any encoding Gloss knows (${Math.round((100 * replacements) / body.length)}% of it undecodable)`);
  }
  if (body.trim() === '') return err('the file is empty');
  return assembleArticle(parse(body), fileName);
}

/** Parses one source file into an Article; the error names the file and says why it was refused. */
export function parseSource(fileName: string, text: string): Result<Article, string> {
  const result = parseSourceReason(fileName, text);
  return result.ok ? result : err(`${fileName}: ${result.error}`);
}
