/**
 * The search worker: opens the library's files and the compact index from the bytes it is handed,
 * and answers queries, so loading and searching never block the window.
 */
import { openCorpusFiles, type LibraryReader } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';
import type { Searcher } from '../../shared/search';
import { searcherWithImports } from '../core/user-index';
import type { WorkerReply, WorkerRequest } from './search-protocol';

let searcher: Searcher | null = null;
let bundled: { library: LibraryReader; index: Uint8Array } | null = null;
let imported: Article[] = [];
const post = (reply: WorkerReply) => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(reply);

// Tells the page the worker's code loaded, so the library's bytes can be handed over.
post({ type: 'alive' });

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.type === 'load') {
    const opened = openCorpusFiles({ library: new Uint8Array(m.library), articleText: new Uint8Array(m.articleText), index: new Uint8Array(m.index) });
    if (!opened.ok) return post({ type: 'ready', problem: opened.error });
    bundled = opened.value;
    searcher = searcherWithImports(bundled.library, bundled.index, imported);
    return post({ type: 'ready', problem: searcher.problem });
  }
  if (m.type === 'imports') {
    imported = m.articles;
    if (!bundled) return;
    searcher = searcherWithImports(bundled.library, bundled.index, imported);
    return post({ type: 'ready', problem: searcher.problem });
  }
  if (!searcher) return;
  if (m.type === 'search') post({ type: 'search', id: m.id, response: searcher.search(m.query, m.options) });
  else post({ type: 'marksIn', id: m.id, marks: searcher.marksIn(m.articleId, m.query) });
});
