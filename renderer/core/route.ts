/**
 * The app's places, as URL hashes, so the browser's back button, reloads and deep links all work
 * without a router library: `#/` library, `#/search?q=…`, `#/article/<id>?q=…&highlight=<hid>`, `#/notebook`, `#/tags`, `#/export`.
 */
export type Route =
  | { name: 'library' }
  | { name: 'search'; query: string }
  | { name: 'article'; id: string; query: string | null; highlight?: string | null }
  | { name: 'notebook' }
  | { name: 'tags' }
  | { name: 'export' }
  | { name: 'not-found'; hash: string };

function splitQuery(path: string): [string, URLSearchParams] {
  const at = path.indexOf('?');
  return at < 0 ? [path, new URLSearchParams()] : [path.slice(0, at), new URLSearchParams(path.slice(at + 1))];
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path, params] = splitQuery(raw);
  if (path === '' || path === '/') return { name: 'library' };
  if (path === '/search') return { name: 'search', query: params.get('q') ?? '' };
  if (path === '/notebook') return { name: 'notebook' };
  if (path === '/tags') return { name: 'tags' };
  if (path === '/export') return { name: 'export' };
  const article = /^\/article\/([^/]+)$/.exec(path);
  if (article?.[1]) {
    const id = decode(article[1]);
    const query = params.get('q');
    const highlight = params.get('highlight');
    // A highlight to reveal is optional: only present when the URL names one (from the Notebook or a link).
    if (id) return { name: 'article', id, query: query && query.trim() ? query : null, ...(highlight ? { highlight } : {}) };
  }
  return { name: 'not-found', hash };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query })}`;
    case 'article': {
      const base = `#/article/${encodeURIComponent(route.id)}`;
      const params = new URLSearchParams();
      if (route.query) params.set('q', route.query);
      if (route.highlight) params.set('highlight', route.highlight);
      const search = params.toString();
      return search ? `${base}?${search}` : base;
    }
    case 'notebook':
      return '#/notebook';
    case 'tags':
      return '#/tags';
    case 'export':
      return '#/export';
    case 'not-found':
      return route.hash;
  }
}
