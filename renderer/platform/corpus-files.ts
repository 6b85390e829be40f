import { ARTICLE_TEXT_FILE, LIBRARY_FILE, parseLibraryMeta, SEARCH_INDEX_FILE, type CorpusFiles } from '../../shared/library/library-files';
import { err, ok, type Result } from '../../shared/model/result';
import type { LoadedCorpus } from './platform';
import { errorText } from '../../shared/model/error-text';

const decoder = new TextDecoder();

/**
 * The browser host's way to the three files: fetched from beside index.html. The library's metadata
 * is awaited and decoded; the article text and the index go on arriving while the library is already
 * shown (the text is most of the bytes and the library list needs none of it). The text comes as a
 * Blob, read by offset when an article is opened (the bytes stay in the browser's blob store, not in
 * this page's JS heap); its bytes are also handed to the search worker.
 */
export async function fetchCorpus(): Promise<Result<LoadedCorpus>> {
  const get = async (name: string) => {
    const response = await fetch(`./${name}`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response;
  };
  const text = get(ARTICLE_TEXT_FILE).then((r) => r.blob());
  const index = get(SEARCH_INDEX_FILE).then(async (r) => new Uint8Array(await r.arrayBuffer()));
  const library = new Uint8Array(await (await get(LIBRARY_FILE)).arrayBuffer());
  const files = Promise.all([text, index]).then(async ([blob, bytes]) => ({ library, articleText: new Uint8Array(await blob.arrayBuffer()), index: bytes }));
  return corpusFrom(library, text, files);
}

/** The Electron host's files, all there at once, as the same LoadedCorpus. */
export function corpusFromFiles(files: CorpusFiles): Result<LoadedCorpus> {
  return corpusFrom(files.library, Promise.resolve(new Blob([files.articleText as Uint8Array<ArrayBuffer>])), Promise.resolve(files));
}

/**
 * Both hosts end here: only the metadata (library.json) is decoded on this thread; no article's text
 * is, until it is opened. The bytes go on to the search worker as they are.
 */
function corpusFrom(library: Uint8Array, text: Promise<Blob>, files: Promise<CorpusFiles>): Result<LoadedCorpus> {
  // Whoever reads them reports a failure (the reader, search); none is left unhandled meanwhile.
  text.catch(() => undefined);
  files.catch(() => undefined);
  try {
    const meta = parseLibraryMeta(decoder.decode(library));
    if (!meta.ok) return err(`The bundled library could not be read: ${meta.error}`);
    return ok({ library: meta.value, text, files });
  } catch (e) {
    return err(`The bundled library could not be read: ${errorText(e)}`);
  }
}
