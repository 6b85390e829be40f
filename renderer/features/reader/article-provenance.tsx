import type { Article } from '../../../shared/model/article';
import { formatDate, formatKind, formatReadingTime, formatWordCount } from '../../format/format-date';

/** Where the text comes from, stated plainly: a research reader must never hide its sources. */
export function ArticleProvenance({ article }: { article: Article }) {
  const kind = formatKind(article.kind);
  const facts: [string, string][] = [];
  if (article.source) facts.push(['Source', article.source]);
  if (article.siteName && article.siteName !== article.source) facts.push(['Site', article.siteName]);
  if (kind) facts.push(['Kind', kind]);
  if (article.dateline) facts.push(['Dateline', article.dateline]);
  facts.push(['Published', formatDate(article.published)]);
  if (article.canonicalUrl) facts.push(['Address', article.canonicalUrl]);
  if (article.language) facts.push(['Language', article.language]);
  facts.push(['Length', `${formatWordCount(article.wordCount)} · ${formatReadingTime(article.readingMinutes)}`]);

  return (
    <dl className="article-provenance">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{term === 'Published' && article.published ? <time dateTime={article.published}>{value}</time> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
