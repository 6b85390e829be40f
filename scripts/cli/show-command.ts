import type { Article } from '../../shared/model/article';
import type { CliIo } from './io';
import { loadIndex } from './load-index';
import { errorText } from '../../shared/model/error-text';

export async function showCommand(options: { id: string; index: string; json: boolean }, io: CliIo): Promise<number> {
  const loaded = await loadIndex(options.index);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return 1;
  }
  const { library } = loaded.value;
  const found = findArticle(library.articles, options.id);
  if (typeof found === 'string') {
    io.err(`${found}\n`);
    return 1;
  }
  let article: Article | undefined;
  try {
    article = library.article(found.id);
  } catch (e) {
    io.err(`${errorText(e)}\n`);
    return 1;
  }
  if (!article) return 1;
  io.out(options.json ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
  return 0;
}

/** By exact id, else by a unique id prefix (ids are long); a message when none or several match. */
export function findArticle<T extends { id: string }>(articles: readonly T[], id: string): T | string {
  const exact = articles.find((a) => a.id === id);
  if (exact) return exact;
  const prefixed = articles.filter((a) => a.id.startsWith(id));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) return `"${id}" matches ${prefixed.length} articles: ${prefixed.slice(0, 5).map((a) => a.id).join(', ')}${prefixed.length > 5 ? ', …' : ''}`;
  return `No article with id "${id}" (the library has ${articles.length}; "gloss search" shows ids).`;
}

export function formatArticle(article: Article): string {
  const line = (label: string, value: string | number | null) => (value === null ? [] : [`${label.padEnd(11)}${value}`]);
  const lines = [
    article.title,
    '='.repeat(Math.min(article.title.length, 80)),
    ...line('id', article.id),
    ...line('byline', article.byline),
    ...line('source', article.source),
    ...line('kind', article.kind),
    ...line('dateline', article.dateline),
    ...line('published', article.published),
    ...line('file', article.sourceFile),
    ...line('length', `${article.wordCount} words, about ${article.readingMinutes} min`),
    ...line('hash', article.contentHash),
  ];
  for (const figure of article.figures) lines.push(`${'figure'.padEnd(11)}${figure.caption}${figure.credit ? ` (credit: ${figure.credit})` : ''}`);
  for (const section of article.sections) {
    lines.push('');
    if (section.heading !== null) lines.push(`## ${section.heading}`, '');
    lines.push(...section.paragraphs.flatMap((p, i) => (i === 0 ? [p] : ['', p])));
  }
  return `${lines.join('\n')}\n`;
}
