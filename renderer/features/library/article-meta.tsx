import type { ArticleInfo } from '../../../shared/model/article';
import { formatDate, formatKind, formatReadingTime, formatWordCount } from '../../format/format-date';

/** One line of facts about an article, for lists. */
export function ArticleMeta({ article }: { article: ArticleInfo }) {
  const kind = formatKind(article.kind);
  return (
    <p className="article-meta">
      {article.source && <span>{article.source}</span>}
      {kind && <span>{kind}</span>}
      <span>
        <time dateTime={article.published ?? undefined}>{formatDate(article.published)}</time>
      </span>
      <span>
        {formatWordCount(article.wordCount)} · {formatReadingTime(article.readingMinutes)}
      </span>
    </p>
  );
}
