/**
 * The search worker: opens the library's files and the compact index from the bytes it is handed,
 * keeps the user index of imported articles (core/user-index.ts), and answers queries, so loading,
 * indexing an import and searching never block the window.
 */
import { openCorpusFiles } from '../../shared/library/library-files';
import type { Searcher } from '../../shared/search';
import { UserIndexHost, type ImportsUpdate } from '../core/user-index';
import type { WorkerReply, WorkerRequest } from './search-protocol';

let searcher: Searcher | null = null;
let host: UserIndexHost | null = null;
// Updates that came before the library's bytes, applied in order once it has loaded.
const early: ImportsUpdate[] = [];
const post = (reply: WorkerReply) => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(reply);

// Tells the page the worker's code loaded, so the library's bytes can be handed over.
post({ type: 'alive' });

function applyImports(update: ImportsUpdate): void {
  const change = host!.update(update);
  if (change.built.length > 0 || change.removed.length > 0) post({ type: 'userIndex', ...change });
  searcher = host!.searcher();
  post({ type: 'ready', problem: searcher.problem });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.type === 'load') {
    const opened = openCorpusFiles({ library: new Uint8Array(m.library), articleText: new Uint8Array(m.articleText), index: new Uint8Array(m.index) });
    if (!opened.ok) return post({ type: 'ready', problem: opened.error });
    host = new UserIndexHost(opened.value.library, opened.value.index);
    searcher = host.searcher();
    if (early.length === 0) return post({ type: 'ready', problem: searcher.problem });
    for (const update of early.splice(0)) applyImports(update);
    return;
  }
  if (m.type === 'imports') {
    if (!host) return void early.push(m);
    return applyImports(m);
  }
  if (!searcher) return;
  if (m.type === 'search') post({ type: 'search', id: m.id, response: searcher.search(m.query, m.options) });
  else post({ type: 'marksIn', id: m.id, marks: searcher.marksIn(m.articleId, m.query) });
});
