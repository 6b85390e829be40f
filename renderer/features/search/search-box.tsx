import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCorpus } from '../../core/corpus-context';
import type { Route } from '../../core/route';
import { navigate } from '../../core/navigation';
import { useCommand } from '../../core/use-command';

// Long enough to skip the intermediate words of a fast typist, short enough to feel live.
export const SEARCH_DEBOUNCE_MS = 150;

function queryOf(route: Route): string {
  if (route.name === 'search') return route.query;
  if (route.name === 'article') return route.query ?? '';
  return '';
}

export function SearchBox({ route }: { route: Route }) {
  const { searcher } = useCorpus();
  const input = useRef<HTMLInputElement>(null);
  const routeQuery = queryOf(route);
  const [text, setText] = useState(routeQuery);
  // `sent` is the query typing last put in the URL; a route change that is not our own echo
  // (back button, a link, a reload) replaces what is in the box.
  const [sync, setSync] = useState({ route: routeQuery, sent: routeQuery });
  if (routeQuery !== sync.route) {
    setSync({ route: routeQuery, sent: routeQuery });
    if (routeQuery !== sync.sent) setText(routeQuery);
  }

  // `/` or Ctrl/Cmd+K from anywhere focuses (and selects) the searchbox.
  useCommand('search.focus', () => {
    // The box is in the sticky header, always in view: scrolling "to" it threw the reader ~850 px up
    // the article and saved that as the reading position (issue 12).
    input.current?.focus({ preventScroll: true });
    input.current?.select();
    return true;
  });

  const onSearchRoute = route.name === 'search';
  // While reading, typing here does not leave the article (issue 12): Enter goes to the results.
  // Ctrl/Cmd+F finds within the article.
  const reading = route.name === 'article';
  useEffect(() => {
    if (text === sync.sent || reading) return;
    const timer = setTimeout(() => {
      setSync((s) => ({ ...s, sent: text }));
      if (text.trim()) navigate({ name: 'search', query: text }, { replace: onSearchRoute });
      else if (onSearchRoute) navigate({ name: 'library' }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, sync.sent, onSearchRoute, reading]);

  const openFirst = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (!query) return;
    setSync((s) => ({ ...s, sent: text }));
    if (reading) {
      navigate({ name: 'search', query });
      return;
    }
    // Until the index is ready (or if it cannot be), Enter shows the search page, which says why.
    if (searcher.getState().status !== 'ready') return navigate({ name: 'search', query }, { replace: onSearchRoute });
    void searcher.search(query, { limit: 1 }).then((response) => {
      const first = response.results[0];
      if (first) navigate({ name: 'article', id: first.articleId, query });
      else navigate({ name: 'search', query }, { replace: onSearchRoute });
    });
  };

  return (
    <form role="search" className="search-box" onSubmit={openFirst}>
      <input
        ref={input}
        type="search"
        aria-label="Search"
        placeholder="Search the library  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </form>
  );
}
