import { routeToHash } from '../../core/route';
import { matchLabel } from './match-cursor';

interface Props {
  articleId: string;
  query: string;
  current: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  /** The search query's marks can be cleared (a link to the article without it); find has its own Close. */
  clearable?: boolean;
}

export function MatchNavigator({ articleId, query, current, count, onPrevious, onNext, clearable = true }: Props) {
  return (
    <div className="match-navigator" role="group" aria-label="Search matches">
      <span className="match-query">“{query}”</span>
      <output className="match-count" aria-live="polite">
        {matchLabel(current, count)}
      </output>
      <button type="button" onClick={onPrevious} disabled={count === 0} aria-label="Previous match" title="Previous match (N or Shift+F3)">
        ↑
      </button>
      <button type="button" onClick={onNext} disabled={count === 0} aria-label="Next match" title="Next match (n or F3)">
        ↓
      </button>
      {clearable && (
        <a className="match-clear" href={routeToHash({ name: 'article', id: articleId, query: null })}>
          Clear
        </a>
      )}
    </div>
  );
}
