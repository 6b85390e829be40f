import { ARTICLE_TEXT_FILE, LIBRARY_FILE, parseLibraryMeta, SEARCH_INDEX_FILE, type CorpusFiles } from '../../shared/library/library-files';
import { err, ok, type Result } from '../../shared/model/result';
import type { LoadedCorpus } from './platform';
import { errorText } from '../../shared/model/error-text';

const decoder = new TextDecoder();

/**
 * The browser host's way to the three files: fetched from beside index.html. The article text comes
 * as a Blob, which the page reads by offset when an article is opened (the bytes stay in the
 * browser's blob store, not in this page's JS heap); its bytes are also handed to the search worker.
 */
export async function fetchCorpusFiles(): Promise<{ files: CorpusFiles; text: Blob }> {
  const get = async (name: string) => {
    const response = await fetch(`./${name}`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response;
  };
  const [library, text, index] = await Promise.all([
    get(LIBRARY_FILE).then(async (r) => new Uint8Array(await r.arrayBuffer())),
    get(ARTICLE_TEXT_FILE).then((r) => r.blob()),
    get(SEARCH_INDEX_FILE).then(async (r) => new Uint8Array(await r.arrayBuffer())),
  ]);
  return { files: { library, articleText: new Uint8Array(await text.arrayBuffer()), index }, text };
}

/**
 * Both hosts end here: only the metadata (library.json) is decoded on this thread; no article's text
 * is, until it is opened. The bytes go on to the search worker as they are. `text` is the article
 * text as a Blob where the host has one (else it is made from the bytes, which are transferred away).
 */
export function corpusFromFiles(files: CorpusFiles, text: Blob = new Blob([files.articleText as Uint8Array<ArrayBuffer>])): Result<LoadedCorpus> {
  try {
    const meta = parseLibraryMeta(decoder.decode(files.library));
    if (!meta.ok) return err(`The bundled library could not be read: ${meta.error}`);
    return ok({ library: meta.value, text, files });
  } catch (e) {
    return err(`The bundled library could not be read: ${errorText(e)}`);
  }
}
