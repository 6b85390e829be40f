/**
 * The current route, read from location.hash with useSyncExternalStore. Replacing the hash through
 * history.replaceState fires no hashchange, so navigate() announces it itself.
 */
import { useSyncExternalStore } from 'react';
import { parseRoute, routeToHash, type Route } from './route';

const REPLACED = 'gloss:hash-replaced';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

const getHash = () => window.location.hash;

export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

/** Goes to a route; `replace` rewrites the current history entry (typing a query, not a visit). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeToHash(route);
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash);
    window.dispatchEvent(new Event(REPLACED));
  } else {
    window.location.hash = hash;
  }
}
