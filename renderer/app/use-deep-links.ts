import { useEffect } from 'react';
import { parseDeepLink } from '../../shared/model/deep-link';
import { usePlatform } from './platform-context';
import { navigate } from './use-route';

/**
 * Follows gloss://article/<id>#highlight=<hid> links (from exported Markdown) to the reader, opened at
 * the highlight. Links come from outside, so anything parseDeepLink does not accept is ignored.
 */
export function useDeepLinks(): void {
  const platform = usePlatform();
  useEffect(
    () =>
      platform.onDeepLink((url) => {
        const link = parseDeepLink(url);
        if (link) navigate({ name: 'article', id: link.articleId, query: null, highlight: link.highlightId }, { replace: true });
      }),
    [platform],
  );
}
