import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, parseSourceReason, type CorpusError } from '../../shared/corpus';
import { parseLibraryMeta } from '../../shared/library/library-files';
import { ARTICLE_TEXT_FILE, builtAtFor, LIBRARY_FILE, SEARCH_INDEX_FILE } from '../build/build-outputs';
import { LibraryWriter } from '../build/library-writer';
import { loadNodePdfEngine } from '../build/pdf-engine';
import { forEachSource, listSources } from '../build/read-sources';
import type { CliIo } from './io';
import { errorText } from '../../shared/model/error-text';

/**
 * Streams the corpus into the three library files: each source is read, parsed, its text appended
 * to article-text.jsonl and its words to the index, then dropped. Everything is written to temporary
 * files and renamed at the end, so an interrupted build leaves the previous library intact.
 */
export async function buildCommand(options: { src: string; out: string }, io: CliIo): Promise<number> {
  const started = performance.now();
  const listing = await listSources(options.src, { documents: true });
  if (!listing.ok) {
    io.err(`${listing.error}\n`);
    return 1;
  }
  const { entries, unreadable, ignored, warnings } = listing.value;
  for (const { file, reason } of warnings) io.err(`warning ${file}: ${reason}\n`);
  const skipped: CorpusError[] = [...unreadable];
  const temporary = (name: string) => join(options.out, `${name}.${process.pid}.tmp`);
  try {
    await mkdir(options.out, { recursive: true });
  } catch (e) {
    io.err(`Cannot write to ${options.out}: ${errorText(e)}\n`);
    return 1;
  }
  const textPath = temporary(ARTICLE_TEXT_FILE);
  let fd: number;
  try {
    fd = openSync(textPath, 'w');
  } catch (e) {
    io.err(`Cannot write to ${options.out}: ${errorText(e)}\n`);
    return 1;
  }
  const writer = new LibraryWriter((bytes) => {
    writeSync(fd, bytes);
  });
  const ids = new Map<string, string>();
  let newestMtimeMs = 0;
  try {
    await forEachSource(entries, async (item) => {
      if ('reason' in item) return void skipped.push(item);
      for (const reason of item.warnings) io.err(`warning ${item.file}: ${reason}\n`);
      // EPUB and PDF through the app's import pipeline (parseDocument, pdf.js's Node build); text
      // files were decoded by readSource exactly as parseDocument decodes them.
      const document = item.bytes ? await parseDocument(item.file, item.bytes, { pdf: loadNodePdfEngine }) : null;
      const parsed = document ? (document.ok ? { ok: true as const, value: document.value.article } : document) : parseSourceReason(item.file, item.text);
      if (!parsed.ok) return void skipped.push({ file: item.file, reason: parsed.error });
      const clash = ids.get(parsed.value.id);
      if (clash !== undefined) return void skipped.push({ file: item.file, reason: `has the same article id as ${clash} (the same path was given twice)` });
      ids.set(parsed.value.id, item.file);
      newestMtimeMs = Math.max(newestMtimeMs, item.mtimeMs);
      writer.add(parsed.value);
    });
  } finally {
    closeSync(fd);
  }

  for (const { file, reason } of skipped) io.err(`skipped ${file}: ${reason}\n`);
  if (writer.count === 0) {
    await rm(textPath, { force: true });
    io.err(`No articles could be built from ${options.src} (${entries.length} source files found); nothing was written.\n`);
    return 1;
  }

  const index = writer.searchIndex();
  let builtAt = builtAtFor(newestMtimeMs);
  const previous = await previousBuiltAt(options.out, writer, textPath);
  if (previous !== null) builtAt = previous;
  const libraryJson = writer.libraryJson(builtAt);
  try {
    await writeFile(temporary(SEARCH_INDEX_FILE), index);
    await writeFile(temporary(LIBRARY_FILE), libraryJson, 'utf8');
    // The library file last: it names the articles the other two hold.
    for (const name of [ARTICLE_TEXT_FILE, SEARCH_INDEX_FILE, LIBRARY_FILE]) await rename(temporary(name), join(options.out, name));
  } catch (e) {
    io.err(`Cannot write to ${options.out}: ${errorText(e)}\n`);
    return 1;
  }

  const textBytes = (await stat(join(options.out, ARTICLE_TEXT_FILE))).size;
  const elapsed = Math.round(performance.now() - started);
  const articles = writer.count;
  io.out(
    [
      `Built ${articles} article${articles === 1 ? '' : 's'} from ${options.src} into ${options.out}`,
      `  skipped: ${skipped.length}${ignored.length > 0 ? `, ignored (not .txt/.md/.html/.epub/.pdf): ${ignored.length}` : ''}`,
      `  ${LIBRARY_FILE}: ${Buffer.byteLength(libraryJson, 'utf8')} bytes`,
      `  ${ARTICLE_TEXT_FILE}: ${textBytes} bytes`,
      `  ${SEARCH_INDEX_FILE}: ${index.length} bytes`,
      `  elapsed: ${elapsed} ms`,
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * A fresh git checkout resets file times, so rebuilding an unchanged corpus would still move builtAt.
 * When the articles and their text are exactly those already written, keep the old builtAt: an
 * unchanged corpus rebuilds to unchanged files.
 */
async function previousBuiltAt(out: string, writer: LibraryWriter, newTextPath: string): Promise<string | null> {
  try {
    const old = parseLibraryMeta(await readFile(join(out, LIBRARY_FILE), 'utf8'));
    if (!old.ok || JSON.stringify(old.value.articles) !== JSON.stringify(writer.articles)) return null;
    const [oldText, newText] = await Promise.all([readFile(join(out, ARTICLE_TEXT_FILE)), readFile(newTextPath)]);
    return oldText.equals(newText) ? old.value.builtAt : null;
  } catch {
    return null;
  }
}
