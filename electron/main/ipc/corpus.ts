import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_TEXT_FILE, LIBRARY_FILE, SEARCH_INDEX_FILE, type CorpusFiles } from '../../../shared/library/library-files';
import { err, ok } from '../../../shared/model/result';
import { validateNoArgs } from '../../../shared/ipc/validate';
import { indexDir } from '../paths';
import { handle } from './handle';
import { errorText } from '../../../shared/model/error-text';

/** Read once per process: the library and index never change while the app runs. */
let cached: Promise<CorpusFiles> | null = null;

/**
 * The three files as bytes. Main parses nothing: a parsed library or index would cross IPC as an
 * object graph (structured-cloning a 10,000-article index took seconds); bytes cross as one copy.
 */
async function readCorpus(): Promise<CorpusFiles> {
  const dir = indexDir();
  const bytes = (name: string) => readFile(join(dir, name)).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  const [library, articleText, index] = await Promise.all([bytes(LIBRARY_FILE), bytes(ARTICLE_TEXT_FILE), bytes(SEARCH_INDEX_FILE)]);
  return { library, articleText, index };
}

export function registerCorpusIpc(): void {
  handle('corpus:load', async (...args) => {
    const v = validateNoArgs(args);
    if (!v.ok) return v;
    try {
      cached ??= readCorpus();
      return ok(await cached);
    } catch (e) {
      cached = null;
      return err(`The bundled library could not be read from ${indexDir()}: ${errorText(e)}`);
    }
  });
}
