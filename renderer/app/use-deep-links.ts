import { useCallback, useEffect, useState } from 'react';
import { explainBadDeepLink } from '../../shared/model/deep-link';
import { deepLinkRoute } from '../core/deep-link-route';
import { navigate } from '../core/navigation';
import { usePlatform } from '../core/platform-context';

/**
 * Follows gloss://article/<id>#highlight=<hid> links (from exported Markdown, the OS, a second
 * launch) to the reader, opened at the highlight. A link that is not well formed is not followed:
 * the returned problem says what is wrong with it until dismissed (or a good link arrives).
 */
export function useDeepLinks(): { problem: string | null; dismiss: () => void } {
  const platform = usePlatform();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(
    () =>
      platform.onDeepLink((url) => {
        const route = deepLinkRoute(url);
        if (!route) {
          setProblem(explainBadDeepLink(url));
          return;
        }
        setProblem(null);
        navigate(route, { replace: true });
      }),
    [platform],
  );
  const dismiss = useCallback(() => setProblem(null), []);
  return { problem, dismiss };
}
