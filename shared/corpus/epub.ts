import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { Article } from '../model/article';
import { err, type Result } from '../model/result';
import { decodeBytes } from '../text/decode';
import { assembleArticle } from './assemble-article';
import { findDate } from './dateline';
import { parseHtmlBlocks } from './html-blocks';
import type { SourceBlock, SourceMeta } from './source-block';

/*
 * EPUB: a zip of XHTML chapters with an OPF package file that lists them in reading order (the
 * spine) and states the book's title, creator, date and language. Each chapter goes through the
 * project's HTML sanitiser (text only), and a chapter's heading starts a section.
 *
 * Limits against zip bombs, checked on the sizes the archive declares before anything is inflated,
 * and again on what was inflated: a book is megabytes, not gigabytes.
 */
const MAX_ENTRIES = 5000;
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
// Text compresses about 3-10×; a ratio past this is a bomb, not a book.
const MAX_RATIO = 200;

export function parseEpub(bytes: Uint8Array, fileName: string): Result<Article, string> {
  const files = unzipBook(bytes);
  if (!files.ok) return files;
  const entries = files.value;
  const container = text(entries, 'META-INF/container.xml');
  const opfPath = container && /full-path\s*=\s*["']([^"']+)["']/i.exec(container)?.[1];
  if (!opfPath) return err('is not an EPUB (it has no META-INF/container.xml naming its package file)');
  const opf = text(entries, opfPath);
  if (!opf) return err(`is a damaged EPUB (its package file ${opfPath} is missing)`);
  const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';

  const manifest = new Map<string, string>();
  for (const tag of opf.match(/<(?:opf:)?item\b[^>]*>/gi) ?? []) {
    const id = attr(tag, 'id');
    const href = attr(tag, 'href');
    if (id && href) manifest.set(id, resolvePath(base, decodeURIComponent(href)));
  }
  const spine = (opf.match(/<(?:opf:)?itemref\b[^>]*>/gi) ?? []).map((tag) => attr(tag, 'idref')).filter((id): id is string => id !== null);
  if (spine.length === 0) return err('is a damaged EPUB (its package lists no chapters)');

  const blocks: SourceBlock[] = [];
  for (const id of spine) {
    const path = manifest.get(id);
    const chapter = path ? text(entries, path) : null;
    if (chapter === null) continue; // A spine entry with no file: the rest of the book still reads.
    const parsed = parseHtmlBlocks(chapter, { firstH1IsTitle: false });
    const hasHeading = parsed.blocks.some((b) => b.type === 'heading');
    const chapterTitle = /<title[^>]*>([^<]+)<\/title>/i.exec(chapter)?.[1]?.trim();
    if (!hasHeading && chapterTitle && parsed.blocks.length > 0) blocks.push({ type: 'heading', text: chapterTitle });
    blocks.push(...parsed.blocks);
  }

  const meta: SourceMeta = {};
  const creator = dc(opf, 'creator');
  if (creator) {
    meta.byline = creator;
    meta.source = creator;
  }
  const date = dc(opf, 'date');
  const published = date ? findDate(date) : null;
  if (published) meta.published = published;
  const language = dc(opf, 'language');
  if (language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(language)) meta.language = language;
  const publisher = dc(opf, 'publisher');
  if (publisher) meta.siteName = publisher;
  return assembleArticle({ title: dc(opf, 'title'), blocks, meta }, fileName);
}

function unzipBook(bytes: Uint8Array): Result<Record<string, Uint8Array>, string> {
  let entries = 0;
  let declared = 0;
  let refused: string | null = null;
  const keep = (file: UnzipFileInfo): boolean => {
    entries++;
    declared += file.originalSize;
    if (entries > MAX_ENTRIES) refused ??= `has more than ${MAX_ENTRIES} files inside; refused as a possible zip bomb`;
    else if (file.originalSize > MAX_ENTRY_BYTES) refused ??= `has a ${file.originalSize}-byte file inside (over ${MAX_ENTRY_BYTES}); refused as a possible zip bomb`;
    else if (declared > MAX_TOTAL_BYTES) refused ??= `unpacks to more than ${MAX_TOTAL_BYTES} bytes; refused as a possible zip bomb`;
    else if (file.size > 0 && file.originalSize / file.size > MAX_RATIO) refused ??= `compresses ${Math.round(file.originalSize / file.size)}:1, far past any book; refused as a possible zip bomb`;
    return refused === null && /\.(xml|opf|x?html?|xht)$/i.test(file.name);
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: keep });
  } catch {
    return err('is not a readable EPUB (the zip archive is damaged)');
  }
  if (refused !== null) return err(refused);
  const inflated = Object.values(files).reduce((n, f) => n + f.length, 0);
  if (inflated > MAX_TOTAL_BYTES) return err(`unpacks to more than ${MAX_TOTAL_BYTES} bytes; refused as a possible zip bomb`);
  return { ok: true, value: files };
}

function text(entries: Record<string, Uint8Array>, path: string): string | null {
  const bytes = entries[path] ?? entries[Object.keys(entries).find((k) => k.toLowerCase() === path.toLowerCase()) ?? ''];
  return bytes ? decodeBytes(bytes, { html: true }).text : null;
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1] ?? null;
}

function dc(opf: string, field: string): string | null {
  const value = new RegExp(`<dc:${field}\\b[^>]*>([\\s\\S]*?)</dc:${field}>`, 'i').exec(opf)?.[1];
  const clean = value?.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

/** "OEBPS/" + "../Text/ch1.xhtml" → "Text/ch1.xhtml". */
function resolvePath(base: string, href: string): string {
  const parts = (base + href.split('#')[0]).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
