import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Library } from '../../../shared/model/article';
import { err, ok } from '../../../shared/model/result';
import { validateNoArgs } from '../../../shared/ipc/validate';
import { indexDir } from '../paths';
import { handle } from './handle';

/** Read once per process: the library and index never change while the app runs. */
let cached: Promise<{ library: Library; index: unknown }> | null = null;

async function readCorpus(): Promise<{ library: Library; index: unknown }> {
  const dir = indexDir();
  const [library, index] = await Promise.all([
    readFile(join(dir, 'library.json'), 'utf8').then((t) => JSON.parse(t) as Library),
    readFile(join(dir, 'search-index.json'), 'utf8').then((t) => JSON.parse(t) as unknown),
  ]);
  return { library, index };
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
      return err(`The bundled library could not be read from ${indexDir()}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
