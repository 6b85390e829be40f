import { parseDeepLink } from '../../shared/model/deep-link';
import type { Route } from './route';

/**
 * The reader's route for a gloss://article/<id>#highlight=<hid> link (from exported Markdown, the OS,
 * or a note), or null for anything parseDeepLink does not accept: such links come from outside.
 */
export function deepLinkRoute(url: string): Extract<Route, { name: 'article' }> | null {
  const link = parseDeepLink(url);
  return link ? { name: 'article', id: link.articleId, query: null, highlight: link.highlightId } : null;
}
