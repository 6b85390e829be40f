import type { Article } from '../../model/article';
import { errorText } from '../../model/error-text';
import { err, type Result } from '../../model/result';
import { assembleArticle } from '../assemble-article';
import { isoDate } from '../dateline';
import { looksLikeHeading } from '../plain-text';
import type { SourceMeta } from '../source-block';
import { dropRepeatedFurniture, layoutBlocks, pageLines, type PdfTextItem } from './pdf-text-layout';

/*
 * A PDF → an Article, with pdf.js doing the reading. pdf.js itself is passed in (PdfEngine): the
 * renderer loads its browser build with a worker bundled from the app's own origin, Node (the CLI,
 * tests) its legacy build with the in-process worker. What is asked of it is the same everywhere:
 * no eval, no system or web fonts, and no CMap or font fetches (none is given a URL).
 */

/** The part of pdf.js's API used here (structurally what `pdfjs-dist` exports). */
export interface PdfEngine {
  getDocument(source: PdfSource): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

export interface PdfSource {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  /** Broken files: pdf.js recovers what it can unless told to stop. */
  stopAtErrors: boolean;
  verbosity: number;
}

export interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly object[] }> }>;
}

// A book-length PDF is hundreds of pages; past this it is an archive, not something to read here.
const MAX_PAGES = 3000;

const OPTIONS = { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 } as const;

/** Reads a PDF's text layer and metadata. The reason, for a person, does not repeat the file name. */
export async function parsePdf(bytes: Uint8Array, fileName: string, engine: PdfEngine): Promise<Result<Article, string>> {
  if (!startsLikePdf(bytes)) return err('is not a PDF (the file does not start with "%PDF-")');
  // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes (the stored original)
  // whole. A plain Uint8Array copy, as pdf.js refuses a Node Buffer (whose slice() would not copy).
  const task = engine.getDocument({ data: new Uint8Array(bytes), ...OPTIONS });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (e) {
      return err(openError(e));
    }
    if (doc.numPages > MAX_PAGES) return err(`has ${doc.numPages} pages, over the ${MAX_PAGES}-page limit`);
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.flatMap(toItem));
    }
    const lines = dropRepeatedFurniture(pageLines(pages));
    if (lines.every((page) => page.length === 0)) {
      return err(`has no text layer (scanned?): its ${doc.numPages === 1 ? 'page is' : `${doc.numPages} pages are`} images only. Run it through OCR to add a text layer, then import it again`);
    }
    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const { blocks, firstHeading } = layoutBlocks(lines);
    const stated = usableTitle(field(info, 'Title') ?? xmp(metadata, 'dc:title'));
    const title = stated ?? firstHeading ?? untitled(blocks, fileName);
    // The title is shown once: the heading that repeats it at the top of page one goes.
    const first = blocks[0];
    if (title !== null && first?.type === 'heading' && fold(first.text) === fold(title)) blocks.shift();
    return assembleArticle({ title, blocks, meta: metaOf(info, metadata) }, fileName);
  } catch (e) {
    return err(`could not be read as a PDF (${errorText(e)})`);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function startsLikePdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1024 bytes of junk (the spec allows it; pdf.js accepts it).
  const head = String.fromCharCode(...bytes.subarray(0, 1024 + 5));
  return head.includes('%PDF-');
}

function openError(e: unknown): string {
  const name = e && typeof e === 'object' && 'name' in e ? String(e.name) : '';
  if (name === 'PasswordException') return 'is encrypted (it needs a password to open); save a copy without the password and import that';
  if (name === 'InvalidPDFException') return `is a damaged PDF (${errorText(e)})`;
  return `could not be opened as a PDF (${errorText(e)})`;
}

/** pdf.js's TextItem (str, transform, width, hasEOL); marked-content entries carry no text. */
function toItem(raw: object): PdfTextItem[] {
  const item = raw as { str?: unknown; transform?: unknown; width?: unknown; hasEOL?: unknown };
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return [];
  const [a, b, , d, x, y] = item.transform as number[];
  // The font size is the text matrix's scale; for rotated text, its length.
  const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0);
  return [{ str: item.str, x: x ?? 0, y: y ?? 0, width: typeof item.width === 'number' ? item.width : 0, size, hasEOL: item.hasEOL === true }];
}

function field(info: object, name: string): string | null {
  const value = (info as Record<string, unknown>)[name];
  if (typeof value !== 'string') return null;
  const clean = value.replace(/[\s\u00a0]+/g, ' ').trim();
  return clean === '' ? null : clean;
}

function xmp(metadata: { get(name: string): unknown } | null, name: string): string | null {
  try {
    const value = metadata?.get(name);
    // XMP lists (dc:creator is a sequence) come back as arrays of strings.
    const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
    return typeof text === 'string' && text.trim() !== '' ? text.trim() : null;
  } catch {
    return null;
  }
}

/**
 * Tools often fill /Title with the source file's name or a placeholder ("Untitled", "Microsoft
 * Word - draft3.docx"); that is not the document's title, so the first heading is used instead.
 */
function usableTitle(title: string | null): string | null {
  if (title === null) return null;
  if (/^(untitled|title|document|none|null)$/i.test(title)) return null;
  if (/^microsoft (word|powerpoint) - /i.test(title)) return null;
  if (/\.(docx?|pdf|tex|dvi|odt|rtf|pptx?|indd|qxd)$/i.test(title)) return null;
  return title;
}

/**
 * No stated title and no heading: a short label-like first line is the title (assembleArticle takes
 * it); when the text starts straight into prose, the file's own name is the title, never a sentence.
 */
function untitled(blocks: readonly { type: string; text?: string }[], fileName: string): string | null {
  const first = blocks[0];
  if (first?.text !== undefined && looksLikeHeading(first.text)) return null;
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).replace(/\.pdf$/i, '');
  return base.trim() === '' ? null : base;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Author, date and language only as the file states them: nothing is inferred. */
function metaOf(info: object, metadata: { get(name: string): unknown } | null): SourceMeta {
  const meta: SourceMeta = {};
  const author = field(info, 'Author') ?? xmp(metadata, 'dc:creator');
  if (author) meta.byline = author;
  const published = pdfDate(field(info, 'CreationDate'));
  if (published) meta.published = published;
  const language = field(info, 'Language');
  if (language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(language)) meta.language = language;
  return meta;
}

/** "D:20240305120000+01'00'" (PDF's date string) → "2024-03-05"; null for anything else. */
export function pdfDate(value: string | null): string | null {
  const m = value ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  if (!m) return null;
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return isoDate(m[1]!, months[Number(m[2]) - 1] ?? '', m[3]!);
}
