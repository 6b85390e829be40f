import type { Article } from '../../../shared/model/article';
import { usePassageKeys } from './use-passage-keys';

/**
 * Turns on keyboard passage selection for the article and says what it selected. Always rendered
 * (empty takes no room): a live region inserted together with its text is often not announced.
 */
export function PassageSelection({ root, article }: { root: HTMLElement | null; article: Article }) {
  const message = usePassageKeys(root, article);
  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}
