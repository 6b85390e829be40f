import { useEffect } from 'react';
import { deepLinkRoute } from '../core/deep-link-route';
import { navigate } from '../core/navigation';
import { usePlatform } from '../core/platform-context';

/**
 * Follows gloss://article/<id>#highlight=<hid> links (from exported Markdown) to the reader, opened at
 * the highlight. Links come from outside, so anything parseDeepLink does not accept is ignored.
 */
export function useDeepLinks(): void {
  const platform = usePlatform();
  useEffect(
    () =>
      platform.onDeepLink((url) => {
        const route = deepLinkRoute(url);
        if (route) navigate(route, { replace: true });
      }),
    [platform],
  );
}
