/**
 * The renderer's way to search: a plain object with a state to subscribe to ("preparing" until the
 * index has loaded) and asynchronous queries. In the app the work happens in a Web Worker
 * (renderer/workers/search-worker.ts) that receives the library's bytes by transfer; where no
 * Worker exists (unit tests) the same interface runs in the thread.
 */
import { openCorpusFiles, type CorpusFiles } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';
import { type SearchOptions, type SearchResponse, type Searcher, type TextRange } from '../../shared/search';
import type { WorkerReply, WorkerRequest } from '../workers/search-protocol';
import { searcherWithImports } from './user-index';
import { errorText } from '../../shared/model/error-text';

export type SearchState = { status: 'preparing' } | { status: 'ready' } | { status: 'failed'; problem: string };

export interface SearchClient {
  getState(): SearchState;
  subscribe(listener: () => void): () => void;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  matchesIn(articleId: string, query: string): Promise<TextRange[]>;
  /** The reader's imported articles, searched with the bundled ones in one result list. */
  setImported(articles: readonly Article[]): void;
}

function stateHolder(initial: SearchState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: SearchState) {
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A client over a searcher already in this thread; `rebuild` makes the searcher for a set of imports. */
export function inThreadSearchClient(initial: Searcher, rebuild: (imported: readonly Article[]) => Searcher = () => initial): SearchClient {
  let searcher = initial;
  const stateOf = (s: Searcher): SearchState => (s.problem ? { status: 'failed', problem: s.problem } : { status: 'ready' });
  const state = stateHolder(stateOf(searcher));
  return {
    getState: state.get,
    subscribe: state.subscribe,
    search: async (query, options) => searcher.search(query, options),
    matchesIn: async (articleId, query) => searcher.matchesIn(articleId, query),
    setImported(articles) {
      searcher = rebuild(articles);
      state.set(stateOf(searcher));
    },
  };
}

const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;

/**
 * A client whose index lives in a Web Worker. The files' buffers are transferred: the caller must
 * not use `files` afterwards. They may still be arriving (the library is shown first): the worker
 * starts at once and takes them when they come.
 */
export function workerSearchClient(arriving: Promise<CorpusFiles>): SearchClient {
  const state = stateHolder({ status: 'preparing' });
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 1;
  // Until the worker says it is alive the bytes stay here: a host that cannot start module workers
  // (say, a file:// page that refuses them) falls back to searching in this thread.
  let fallback: SearchClient | null = null;
  let alive = false;
  let imported: readonly Article[] = [];
  const worker = new Worker(new URL('../workers/search-worker.ts', import.meta.url), { type: 'module', name: 'gloss-search' });
  const useFallback = () => {
    worker.terminate();
    void arriving.then(
      (files) => {
        fallback = inThreadFromFiles(files);
        if (imported.length > 0) fallback.setImported(imported);
        state.set(fallback.getState());
      },
      (e: unknown) => state.set({ status: 'failed', problem: notLoaded(e) }),
    );
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'alive') {
      alive = true;
      void arriving.then(
        (files) => {
          const buffers = { library: ownBuffer(files.library), articleText: ownBuffer(files.articleText), index: ownBuffer(files.index) };
          const load: WorkerRequest = { type: 'load', ...buffers };
          worker.postMessage(load, [buffers.library, buffers.articleText, buffers.index]);
          if (imported.length > 0) worker.postMessage({ type: 'imports', articles: [...imported] } satisfies WorkerRequest);
        },
        (e: unknown) => state.set({ status: 'failed', problem: notLoaded(e) }),
      );
    } else if (reply.type === 'ready') state.set(reply.problem ? { status: 'failed', problem: reply.problem } : { status: 'ready' });
    else {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    }
  });
  worker.addEventListener('error', (event) => {
    if (!alive) useFallback();
    else state.set({ status: 'failed', problem: `Search stopped working (${event.message || 'the search worker failed'}). Reload to try again.` });
  });
  const ask = <T>(request: (id: number) => WorkerRequest, pick: (reply: WorkerReply) => T) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, (reply) => resolve(pick(reply)));
      worker.postMessage(request(id));
    });
  return {
    getState: state.get,
    subscribe: state.subscribe,
    search: (query, options = {}) =>
      fallback ? fallback.search(query, options) : ask((id) => ({ type: 'search', id, query, options }), (r) => (r.type === 'search' ? r.response : { results: [], total: 0, totalIsExact: true, message: null })),
    matchesIn: (articleId, query) => (fallback ? fallback.matchesIn(articleId, query) : ask((id) => ({ type: 'matchesIn', id, articleId, query }), (r) => (r.type === 'matchesIn' ? r.matches : []))),
    setImported(articles) {
      imported = articles;
      if (fallback) fallback.setImported(articles);
      else if (alive) {
        // Until the rebuilt index answers, search says it is preparing.
        state.set({ status: 'preparing' });
        worker.postMessage({ type: 'imports', articles: [...articles] } satisfies WorkerRequest);
      }
    },
  };
}

const notLoaded = (e: unknown) => `The search index could not be loaded (${errorText(e)}). Reload to try again.`;

/** Until the files arrive, the client says it is preparing; then it is the in-thread client over them. */
function inThreadWhenArrived(arriving: Promise<CorpusFiles>): SearchClient {
  const state = stateHolder({ status: 'preparing' });
  let inner: SearchClient | null = null;
  let imported: readonly Article[] = [];
  const waiting: (() => void)[] = [];
  const ready = () => new Promise<SearchClient>((resolve) => (inner ? resolve(inner) : waiting.push(() => resolve(inner!))));
  void arriving.then(
    (files) => {
      inner = inThreadFromFiles(files);
      if (imported.length > 0) inner.setImported(imported);
      inner.subscribe(() => state.set(inner!.getState()));
      state.set(inner.getState());
      for (const w of waiting.splice(0)) w();
    },
    (e: unknown) => state.set({ status: 'failed', problem: notLoaded(e) }),
  );
  return {
    getState: state.get,
    subscribe: state.subscribe,
    search: async (query, options) => (await ready()).search(query, options),
    matchesIn: async (articleId, query) => (await ready()).matchesIn(articleId, query),
    setImported(articles) {
      imported = articles;
      inner?.setImported(articles);
    },
  };
}

function inThreadFromFiles(files: CorpusFiles): SearchClient {
  const opened = openCorpusFiles(files);
  if (!opened.ok) return inThreadSearchClient({ problem: opened.error, search: () => ({ results: [], total: 0, totalIsExact: true, message: opened.error }), matchesIn: () => [] });
  const { library, index } = opened.value;
  return inThreadSearchClient(searcherWithImports(library, index, []), (imported) => searcherWithImports(library, index, imported));
}

/** The worker where the platform has one, else the same search in this thread. */
export function createSearchClient(files: Promise<CorpusFiles>): SearchClient {
  return typeof Worker !== 'undefined' ? workerSearchClient(files) : inThreadWhenArrived(files);
}
