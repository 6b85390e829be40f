import { ARTICLE_TEXT_FILE, LIBRARY_FILE, openCorpusFiles, SEARCH_INDEX_FILE, type CorpusFiles } from '../../shared/library/library-files';
import { err, ok, type Result } from '../../shared/model/result';
import type { LoadedCorpus } from './platform';
import { errorText } from '../../shared/model/error-text';

/** The browser host's way to the three files: fetched from beside index.html as bytes. */
export async function fetchCorpusFiles(): Promise<CorpusFiles> {
  const bytes = async (name: string) => {
    const response = await fetch(`./${name}`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [library, articleText, index] = await Promise.all([bytes(LIBRARY_FILE), bytes(ARTICLE_TEXT_FILE), bytes(SEARCH_INDEX_FILE)]);
  return { library, articleText, index };
}

/**
 * Both hosts end here: the metadata is decoded and the articles assembled for the UI; the bytes go on
 * to the search worker as they are.
 */
export function corpusFromFiles(files: CorpusFiles): Result<LoadedCorpus> {
  const opened = openCorpusFiles(files);
  if (!opened.ok) return err(`The bundled library could not be read: ${opened.error}`);
  try {
    return ok({ library: opened.value.library.toLibrary(), files });
  } catch (e) {
    return err(`The bundled library could not be read: ${errorText(e)}`);
  }
}
