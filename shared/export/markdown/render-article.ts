import type { Article } from '../../model';
import { collectAnnotations, tagNames, type ArticleAnnotations } from './collect-annotations';
import { escapeMarkdownInline } from './escape-markdown';
import { frontMatter } from './front-matter';
import { glossDeepLink, obsidianTags } from './obsidian';
import { highlightBlocks, noteMarkdown, templateHasFrontMatter, type MarkdownTemplate } from './templates';

export interface RenderArticleInput extends ArticleAnnotations {
  /** ISO timestamp written into the front matter. */
  exportedAt: string;
  template: MarkdownTemplate;
}

/** "Analysis by PMOI/MEK · Iraq · 2020-01-21": the source is left out when the byline already names it. */
export function provenanceLine(article: Article): string | null {
  const parts = [
    article.byline,
    article.source !== null && !(article.byline ?? '').includes(article.source) ? article.source : null,
    article.dateline,
    article.published,
  ].filter((p): p is string => p !== null && p.trim() !== '');
  return parts.length > 0 ? parts.map(escapeMarkdownInline).join(' · ') : null;
}

/** The article's section: "# Title" through its last highlight, without front matter. */
export function renderArticleSection(input: ArticleAnnotations, template: MarkdownTemplate): string {
  const { article } = input;
  const collected = collectAnnotations(input);
  const blocks: string[] = [`# ${escapeMarkdownInline(article.title) || 'Untitled'}`];
  const provenance = provenanceLine(article);
  if (provenance !== null) blocks.push(provenance);
  if (template !== 'plain') blocks.push(`[Open in Gloss](${glossDeepLink(article.id)})`);
  for (const note of collected.articleNotes) blocks.push(noteMarkdown(note));
  if (collected.highlights.length > 0) {
    blocks.push('## Highlights');
    for (const h of collected.highlights) {
      blocks.push(...highlightBlocks(h, collected.notesByHighlight.get(h.id) ?? [], template));
    }
  }
  return blocks.join('\n\n');
}

/** Front matter fields for one article; nulls are dropped by frontMatter(). */
export function articleFrontMatterFields(input: ArticleAnnotations, exportedAt: string): Record<string, unknown> {
  const { article } = input;
  const tags = obsidianTags(tagNames(collectAnnotations(input)));
  return {
    title: article.title,
    source: article.source,
    byline: article.byline,
    kind: article.kind,
    published: article.published,
    // Provenance a web page stated about itself (issue 9); absent for other sources.
    site: article.siteName ?? null,
    url: article.canonicalUrl ?? null,
    language: article.language ?? null,
    tags: tags.length > 0 ? tags : null,
    gloss: article.id,
    exported: exportedAt,
  };
}

/** One article's highlights and notes as a Markdown file (see templates.ts for the three layouts). */
export function renderArticleMarkdown(input: RenderArticleInput): string {
  const section = renderArticleSection(input, input.template);
  if (!templateHasFrontMatter(input.template)) return `${section}\n`;
  return `${frontMatter(articleFrontMatterFields(input, input.exportedAt))}\n\n${section}\n`;
}
