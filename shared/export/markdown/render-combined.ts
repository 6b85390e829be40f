import { uniqueTags } from '../../model/tag';
import { citationKey } from './citation-key';
import { articleTagNames, collectAnnotations, lastUpdated, type ArticleAnnotations } from './collect-annotations';
import { frontMatter } from './front-matter';
import { fileContext, renderArticleSection } from './render-article';
import { templateHasFrontMatter, type MarkdownTemplate } from './templates';

export interface RenderCombinedOptions {
  template: MarkdownTemplate;
  /** Front matter title; "Gloss notes" when absent. */
  title?: string;
  /** Citation keys by article id (citationKeys(library)); citationKey(article) for the others. */
  citationKeys?: ReadonlyMap<string, string>;
}

/**
 * Many articles in one file: one "# Title" section per article, in the order given. The front matter
 * appears once (a file can have only one) and lists the articles by title, Gloss id and citation key,
 * with the union of their article tags as typed, so the file is still findable by tag in Obsidian;
 * per-article fields (byline, kind…) live in each section's provenance line instead. `updated` is the
 * latest change to anything in the file. The plain template has no front matter.
 */
export function renderCombinedMarkdown(items: ArticleAnnotations[], options: RenderCombinedOptions): string {
  const ctx = fileContext(items, options.template);
  const sections = items.map((item) => renderArticleSection(item, options.template, ctx)).join('\n\n');
  if (!templateHasFrontMatter(options.template)) return `${sections}\n`;
  const collected = items.map(collectAnnotations);
  const tags = uniqueTags(collected.flatMap(articleTagNames));
  const updated = collected.map(lastUpdated).reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  const fields = {
    title: options.title ?? 'Gloss notes',
    tags: tags.length > 0 ? tags : null,
    articles: items.map(({ article }) => ({ title: article.title, gloss: article.id, citekey: options.citationKeys?.get(article.id) ?? citationKey(article) })),
    updated,
  };
  return `${frontMatter(fields)}\n\n${sections}\n`;
}
