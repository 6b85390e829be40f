/**
 * The renderer's way to search: a plain object with a state to subscribe to ("preparing" until the
 * index has loaded) and asynchronous queries. In the app the work happens in a Web Worker
 * (renderer/workers/search-worker.ts) that receives the library's bytes by transfer; where no
 * Worker exists (unit tests) the same interface runs in the thread.
 */
import { openCorpusFiles, type CorpusFiles } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';
import { type ArticleMarks, type SearchOptions, type SearchResponse, type Searcher } from '../../shared/search';
import type { WorkerReply, WorkerRequest } from '../workers/search-protocol';
import { ImportsDiff, UserIndexHost, type ImportsUpdate, type StoredPart, type UserIndexChange, type UserIndexStore } from './user-index';
import { errorText } from '../../shared/model/error-text';

export type SearchState = { status: 'preparing' } | { status: 'ready' } | { status: 'failed'; problem: string };

export interface SearchClient {
  getState(): SearchState;
  subscribe(listener: () => void): () => void;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** The query's marks in one article's text and title (Searcher.marksIn). */
  marksIn(articleId: string, query: string): Promise<ArticleMarks>;
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
    marksIn: async (articleId, query) => searcher.marksIn(articleId, query),
    setImported(articles) {
      searcher = rebuild(articles);
      state.set(stateOf(searcher));
    },
  };
}

const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;

/** Stores nothing: a restart indexes the imports again (unit tests, a database that cannot be opened). */
export const NO_STORE: UserIndexStore = { load: async () => [], apply: async () => {} };

/**
 * Sends the imported articles where the index lives, one update at a time and only what changed,
 * with the stored parts on the first; the parts the index builds or drops go back to the store.
 */
function importsSender(store: UserIndexStore, send: (update: ImportsUpdate) => void) {
  const diff = new ImportsDiff();
  let stored: Promise<StoredPart[]> | null = store.load().catch(() => []);
  return (articles: readonly Article[]) => {
    const first = stored;
    stored = null;
    if (first) void first.then((parts) => send(diff.next(articles, parts)));
    else send(diff.next(articles, []));
  };
}

const storeChange = (store: UserIndexStore, change: UserIndexChange) => {
  // A part that cannot be stored is only indexed again next time: search is not affected.
  if (change.built.length > 0 || change.removed.length > 0) void store.apply(change).catch(() => {});
};

/**
 * A client whose index lives in a Web Worker. The files' buffers are transferred: the caller must
 * not use `files` afterwards. They may still be arriving (the library is shown first): the worker
 * starts at once and takes them when they come.
 */
export function workerSearchClient(arriving: Promise<CorpusFiles>, store: UserIndexStore = NO_STORE): SearchClient {
  const state = stateHolder({ status: 'preparing' });
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 1;
  // Until the worker says it is alive the bytes stay here: a host that cannot start module workers
  // (say, a file:// page that refuses them) falls back to searching in this thread.
  let fallback: SearchClient | null = null;
  let alive = false;
  // The bundled files may arrive after the worker is alive: imports are sent only after them.
  let loadSent = false;
  let imported: readonly Article[] | null = null;
  const worker = new Worker(new URL('../workers/search-worker.ts', import.meta.url), { type: 'module', name: 'gloss-search' });
  const sendImports = importsSender(store, (update) => worker.postMessage({ type: 'imports', ...update } satisfies WorkerRequest));
  const useFallback = () => {
    worker.terminate();
    void arriving.then(
      (files) => {
        fallback = inThreadFromFiles(files, store);
        if (imported) fallback.setImported(imported);
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
          loadSent = true;
          if (imported) sendImports(imported);
        },
        (e: unknown) => state.set({ status: 'failed', problem: notLoaded(e) }),
      );
    } else if (reply.type === 'ready') state.set(reply.problem ? { status: 'failed', problem: reply.problem } : { status: 'ready' });
    else if (reply.type === 'userIndex') storeChange(store, reply);
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
    marksIn: (articleId, query) =>
      fallback ? fallback.marksIn(articleId, query) : ask((id) => ({ type: 'marksIn', id, articleId, query }), (r) => (r.type === 'marksIn' ? r.marks : { text: [], title: [] })),
    setImported(articles) {
      imported = articles;
      if (fallback) fallback.setImported(articles);
      else if (loadSent) {
        // Until the updated index answers, search says it is preparing.
        state.set({ status: 'preparing' });
        sendImports(articles);
      }
    },
  };
}

const notLoaded = (e: unknown) => `The search index could not be loaded (${errorText(e)}). Reload to try again.`;

/** Until the files arrive, the client says it is preparing; then it is the in-thread client over them. */
function inThreadWhenArrived(arriving: Promise<CorpusFiles>, store: UserIndexStore): SearchClient {
  const state = stateHolder({ status: 'preparing' });
  let inner: SearchClient | null = null;
  let imported: readonly Article[] = [];
  const waiting: (() => void)[] = [];
  const ready = () => new Promise<SearchClient>((resolve) => (inner ? resolve(inner) : waiting.push(() => resolve(inner!))));
  void arriving.then(
    (files) => {
      inner = inThreadFromFiles(files, store);
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
    marksIn: async (articleId, query) => (await ready()).marksIn(articleId, query),
    setImported(articles) {
      imported = articles;
      inner?.setImported(articles);
    },
  };
}

/** The same user index in this thread: indexing an import happens here, between the page's tasks. */
function inThreadFromFiles(files: CorpusFiles, store: UserIndexStore): SearchClient {
  const opened = openCorpusFiles(files);
  if (!opened.ok) return inThreadSearchClient({ problem: opened.error, search: () => ({ results: [], total: 0, totalIsExact: true, message: opened.error }), matchesIn: () => [], marksIn: () => ({ text: [], title: [] }) });
  const host = new UserIndexHost(opened.value.library, opened.value.index);
  let searcher = host.searcher();
  const stateOf = (s: Searcher): SearchState => (s.problem ? { status: 'failed', problem: s.problem } : { status: 'ready' });
  const state = stateHolder(stateOf(searcher));
  const sendImports = importsSender(store, (update) => {
    storeChange(store, host.update(update));
    searcher = host.searcher();
    state.set(stateOf(searcher));
  });
  return {
    getState: state.get,
    subscribe: state.subscribe,
    search: async (query, options) => searcher.search(query, options),
    marksIn: async (articleId, query) => searcher.marksIn(articleId, query),
    setImported(articles) {
      // The first update waits for the stored parts; search says it is preparing until it lands.
      if (!searcher.problem) state.set({ status: 'preparing' });
      sendImports(articles);
    },
  };
}

/** The worker where the platform has one, else the same search in this thread. */
export function createSearchClient(files: Promise<CorpusFiles>, store: UserIndexStore = NO_STORE): SearchClient {
  return typeof Worker !== 'undefined' ? workerSearchClient(files, store) : inThreadWhenArrived(files, store);
}
