/**
 * Back to where you came from (issue 12): the previous history entry when it is a page of this app
 * (search results keep their query in their URL, and view-memory.ts gives them back their scroll),
 * the library otherwise (a deep link or a fresh window has nothing in-app behind it; history.back()
 * there would leave the app). Chromium's Navigation API says what the previous entry is; where it is
 * missing, Back goes to the library.
 */
import { navigate } from './navigation';
import { parseRoute, type Route } from './route';

interface NavigationLike {
  currentEntry: { index: number } | null;
  entries(): { url: string | null }[];
}

/** The previous history entry's hash when it is this app's page, else null. */
export function previousAppHash(): string | null {
  const nav = (window as { navigation?: NavigationLike }).navigation;
  const index = nav?.currentEntry?.index;
  if (!nav || index === undefined || index < 1) return null;
  const url = nav.entries()[index - 1]?.url;
  if (!url) return null;
  const prev = new URL(url);
  const here = new URL(window.location.href);
  return prev.origin === here.origin && prev.pathname === here.pathname ? prev.hash : null;
}

/** Where Back goes, for its label. */
export function backTarget(): Route {
  const hash = previousAppHash();
  return hash === null ? { name: 'library' } : parseRoute(hash);
}

/** "Back to search results", "Back to the library"… */
export function backLabel(target: Route): string {
  switch (target.name) {
    case 'search':
      return 'Back to search results';
    case 'article':
      return 'Back to the previous article';
    case 'notebook':
      return 'Back to the Notebook';
    case 'export':
      return 'Back to Export';
    case 'tags':
      return 'Back to Tags';
    default:
      return 'Back to the library';
  }
}

export function goBack(): void {
  if (previousAppHash() !== null) window.history.back();
  else navigate({ name: 'library' });
}
