/**
 * The search worker: opens the library's files and the compact index from the bytes it is handed,
 * and answers queries, so loading and searching never block the window.
 */
import { openCorpusFiles } from '../../shared/library/library-files';
import { createSearcher, type Searcher } from '../../shared/search';
import type { WorkerReply, WorkerRequest } from './search-protocol';

let searcher: Searcher | null = null;
const post = (reply: WorkerReply) => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(reply);

// Tells the page the worker's code loaded, so the library's bytes can be handed over.
post({ type: 'alive' });

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.type === 'load') {
    const opened = openCorpusFiles({ library: new Uint8Array(m.library), articleText: new Uint8Array(m.articleText), index: new Uint8Array(m.index) });
    if (!opened.ok) return post({ type: 'ready', problem: opened.error });
    searcher = createSearcher(opened.value.library, opened.value.index);
    return post({ type: 'ready', problem: searcher.problem });
  }
  if (!searcher) return;
  if (m.type === 'search') post({ type: 'search', id: m.id, response: searcher.search(m.query, m.options) });
  else post({ type: 'matchesIn', id: m.id, matches: searcher.matchesIn(m.articleId, m.query) });
});
