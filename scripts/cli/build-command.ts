import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Library } from '../../shared/model/article';
import { builtAtFor, buildOutputs, LIBRARY_FILE, SEARCH_INDEX_FILE } from '../build/build-outputs';
import { readSourceTree } from '../build/read-sources';
import type { CliIo } from './io';
import { errorText } from '../../shared/model/error-text';

export async function buildCommand(options: { src: string; out: string }, io: CliIo): Promise<number> {
  const started = performance.now();
  const tree = await readSourceTree(options.src);
  if (!tree.ok) {
    io.err(`${tree.error}\n`);
    return 1;
  }
  const { sources, unreadable, ignored, newestMtimeMs } = tree.value;
  let outputs = buildOutputs(sources, builtAtFor(newestMtimeMs));
  const previous = await previousBuiltAt(join(options.out, LIBRARY_FILE), outputs.library.articles);
  if (previous !== null && previous !== outputs.library.builtAt) outputs = buildOutputs(sources, previous);
  const skipped = [...unreadable, ...outputs.errors];
  const articles = outputs.library.articles.length;

  for (const { file, reason } of skipped) io.err(`skipped ${file}: ${reason}\n`);
  if (articles === 0) {
    io.err(`No articles could be built from ${options.src} (${sources.length} source files found); nothing was written.\n`);
    return 1;
  }

  try {
    await mkdir(options.out, { recursive: true });
    await writeAtomically(join(options.out, LIBRARY_FILE), outputs.libraryJson);
    await writeAtomically(join(options.out, SEARCH_INDEX_FILE), outputs.searchIndexJson);
  } catch (e) {
    io.err(`Cannot write to ${options.out}: ${errorText(e)}\n`);
    return 1;
  }

  const elapsed = Math.round(performance.now() - started);
  io.out(
    [
      `Built ${articles} article${articles === 1 ? '' : 's'} from ${options.src} into ${options.out}`,
      `  skipped: ${skipped.length}${ignored.length > 0 ? `, ignored (not .txt/.md/.html): ${ignored.length}` : ''}`,
      `  ${LIBRARY_FILE}: ${byteSize(outputs.libraryJson)} bytes`,
      `  ${SEARCH_INDEX_FILE}: ${byteSize(outputs.searchIndexJson)} bytes`,
      `  elapsed: ${elapsed} ms`,
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * A fresh git checkout resets file times, so rebuilding an unchanged corpus would still move builtAt.
 * When the articles are exactly those already written, keep the old builtAt: an unchanged corpus
 * rebuilds to unchanged files.
 */
async function previousBuiltAt(libraryPath: string, articles: Article[]): Promise<string | null> {
  try {
    const old = JSON.parse(await readFile(libraryPath, 'utf8')) as Partial<Library>;
    if (typeof old.builtAt !== 'string') return null;
    return JSON.stringify(old.articles) === JSON.stringify(articles) ? old.builtAt : null;
  } catch {
    return null;
  }
}

function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Write then rename, so the app never loads a half-written index if the build is interrupted. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
}
