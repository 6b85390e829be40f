import { collectAnnotations, tagNames, type ArticleAnnotations } from './collect-annotations';
import { frontMatter } from './front-matter';
import { obsidianTags } from './obsidian';
import { renderArticleSection } from './render-article';
import { templateHasFrontMatter, type MarkdownTemplate } from './templates';

export interface RenderCombinedOptions {
  exportedAt: string;
  template: MarkdownTemplate;
  /** Front matter title; "Gloss notes" when absent. */
  title?: string;
}

/**
 * Many articles in one file: one "# Title" section per article, in the order given. The front matter
 * appears once (a file can have only one) and lists the articles by title and Gloss id, with the union
 * of their tags, so the file is still findable by tag in Obsidian; per-article fields (byline, kind…)
 * live in each section's provenance line instead. The plain template has no front matter.
 */
export function renderCombinedMarkdown(items: ArticleAnnotations[], options: RenderCombinedOptions): string {
  const sections = items.map((item) => renderArticleSection(item, options.template)).join('\n\n');
  if (!templateHasFrontMatter(options.template)) return `${sections}\n`;
  const tags = obsidianTags(items.flatMap((item) => tagNames(collectAnnotations(item))));
  const fields = {
    title: options.title ?? 'Gloss notes',
    tags: tags.length > 0 ? tags : null,
    articles: items.map(({ article }) => ({ title: article.title, gloss: article.id })),
    exported: options.exportedAt,
  };
  return `${frontMatter(fields)}\n\n${sections}\n`;
}
