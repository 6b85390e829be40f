import type { Article, Figure, Section } from '../model/article';
import { articleText } from '../model/article-text';
import { err, ok, type Result } from '../model/result';
import { hash64 } from '../text/hash';
import { articleId, normalisePath } from './article-id';
import { parseByline, toKind } from './byline';
import { parseDateOnlyLine, parseOpeningDateline } from './dateline';
import type { SourceBlock, SourceDocument } from './source-block';

export const WORDS_PER_MINUTE = 230;
const MAX_TITLE = 300;
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/**
 * Turns a format's blocks into an Article: the title is the first text block (unless the format
 * states one), then a header zone of byline / date lines and figures, then the body. Returns the
 * reason, for a person, when the document has no title or no body.
 */
export function assembleArticle(doc: SourceDocument, sourceFile: string): Result<Article, string> {
  const figures: Figure[] = [];
  const text: Exclude<SourceBlock, { type: 'figure' }>[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'figure') {
      const last = figures[figures.length - 1];
      // The same picture captioned twice in a row (alt text + caption) is one figure.
      if (!last || last.caption !== block.caption || last.credit !== block.credit) figures.push({ caption: block.caption, credit: block.credit });
    } else text.push(block);
  }

  let title = doc.title;
  if (title === null) title = text.shift()?.text ?? null;
  if (title === null || title === '') return err('no title found (the document has no text)');
  if (title.length > MAX_TITLE) return err(`no title found (the first line is ${title.length} characters long; a title is at most ${MAX_TITLE})`);

  const meta = doc.meta ?? {};
  let byline: string | null = meta.byline ?? null;
  let source: string | null = meta.source ?? null;
  let kind = meta.kind ? toKind(meta.kind) : null;
  let published: string | null = meta.published ?? null;

  // Header zone: byline and date lines between the title and the first line of the body. A line
  // that repeats what the metadata already states (the page's visible "By Jane Doe" under a
  // <meta name="author">) is the same byline, shown once.
  while (text.length > 0) {
    const line = text[0]!.text;
    const by = parseByline(line);
    const date = parseDateOnlyLine(line);
    if (by && byline === null) {
      byline = line;
      source ??= by.source;
      kind ??= by.kind;
    } else if (by && sameName(byline, by.source)) {
      /* the stated byline, shown again */
    } else if (date && (published === null || published === date)) published = date;
    else break;
    text.shift();
  }

  const sections = toSections(text);
  const paragraphCount = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  if (paragraphCount === 0) return err(`"${title}" has a title but no body text`);

  let dateline: string | null = meta.dateline ?? null;
  const firstParagraph = sections.find((s) => s.paragraphs.length > 0)!.paragraphs[0]!;
  const opening = parseOpeningDateline(firstParagraph);
  if (opening) {
    dateline ??= opening.place;
    published ??= opening.published;
  }

  const body = articleText({ sections });
  const wordCount = countWords(body);
  return ok({
    id: articleId(sourceFile),
    title,
    byline,
    source,
    kind,
    dateline,
    published,
    sections,
    figures,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    sourceFile: normalisePath(sourceFile),
    contentHash: hash64(body),
    // Only what the source states; absent keys keep other articles' JSON as it was.
    ...(meta.siteName ? { siteName: meta.siteName } : {}),
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
  });
}

function sameName(byline: string | null, name: string): boolean {
  if (byline === null) return false;
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(byline).includes(fold(name)) || fold(name).includes(fold(byline));
}

function toSections(blocks: Exclude<SourceBlock, { type: 'figure' }>[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    } else current.paragraphs.push(block.text);
  }
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
  return sections;
}
