import type { ArticleInfo } from '../../model';
import { citationKey } from './citation-key';
import { articleTagNames, collectAnnotations, highlightTagNamesOf, lastUpdated, type ArticleAnnotations, type CollectedAnnotations } from './collect-annotations';
import { escapeMarkdownInline } from './escape-markdown';
import { frontMatter } from './front-matter';
import { planInlineTags, tagChangesOf, type TagChange } from './inline-tags';
import { prepareNote } from './nest-note';
import { glossDeepLink } from './obsidian';
import { highlightBlocks, noteBlock, tagsLine, templateHasFrontMatter, type FileContext, type MarkdownTemplate } from './templates';

export interface RenderArticleInput extends ArticleAnnotations {
  template: MarkdownTemplate;
  /** From citationKeys(library), which keeps two articles' keys apart; citationKey(article) when absent. */
  citationKey?: string;
}

/** "Analysis by PMOI/MEK · Iraq · 2020-01-21": the source is left out when the byline already names it. */
export function provenanceLine(article: ArticleInfo, allBrackets = false): string | null {
  const parts = [
    article.byline,
    article.source !== null && !(article.byline ?? '').includes(article.source) ? article.source : null,
    article.dateline,
    article.published,
  ].filter((p): p is string => p !== null && p.trim() !== '');
  return parts.length > 0 ? parts.map((p) => escapeMarkdownInline(p, { allBrackets })).join(' · ') : null;
}

/** The shared context of one file holding these articles: inline tag forms and bracket escaping. */
export function fileContext(items: readonly ArticleAnnotations[], template: MarkdownTemplate): FileContext {
  const collected = items.map(collectAnnotations);
  const notes = collected.flatMap((c) => [...c.articleNotes, ...[...c.notesByHighlight.values()].flat()]);
  const inline = collected.flatMap((c) => [...highlightTagNamesOf(c), ...(template === 'plain' ? articleTagNames(c) : [])]);
  return {
    template,
    tags: planInlineTags(inline, template),
    allBrackets: notes.some((n) => prepareNote(n.body, 3).definesReferences),
  };
}

/**
 * The tags an export would write differently from how they were typed, with the reason, for the
 * export dialog to show before saving. `files` is the articles of each file the export writes.
 */
export function exportTagChanges(files: readonly (readonly ArticleAnnotations[])[], template: MarkdownTemplate): TagChange[] {
  return tagChangesOf(files.map((items) => fileContext(items, template).tags));
}

function sectionOf(article: ArticleInfo, collected: CollectedAnnotations, ctx: FileContext): string {
  const escape = { allBrackets: ctx.allBrackets };
  const blocks: string[] = [`# ${escapeMarkdownInline(article.title, escape) || 'Untitled'}`];
  const provenance = provenanceLine(article, ctx.allBrackets);
  if (provenance !== null) blocks.push(provenance);
  if (article.removedAt) blocks.push(`*Unplaced: this article was removed from the library on ${article.removedAt.slice(0, 10)}; its highlights keep their quoted text.*`);
  else if (ctx.template !== 'plain') blocks.push(`[Open in Gloss](${glossDeepLink(article.id)})`);
  // Plain Markdown has no front matter: the article's tags go under its provenance instead.
  if (ctx.template === 'plain') {
    const tags = tagsLine(articleTagNames(collected), ctx);
    if (tags !== null) blocks.push(tags);
  }
  if (collected.articleNotes.length > 0) {
    blocks.push('## Notes');
    for (const note of collected.articleNotes) blocks.push(noteBlock(note));
  }
  if (collected.highlights.length > 0) {
    blocks.push('## Highlights');
    for (const h of collected.highlights) {
      blocks.push(...highlightBlocks(h, collected.notesByHighlight.get(h.id) ?? [], ctx));
    }
  }
  return blocks.join('\n\n');
}

/** The article's section: "# Title" through its last highlight, without front matter. */
export function renderArticleSection(input: ArticleAnnotations, template: MarkdownTemplate, ctx: FileContext = fileContext([input], template)): string {
  return sectionOf(input.article, collectAnnotations(input), ctx);
}

/** Front matter fields for one article; nulls are dropped by frontMatter(). */
export function articleFrontMatterFields(input: ArticleAnnotations, key: string = citationKey(input.article)): Record<string, unknown> {
  const { article } = input;
  const collected = collectAnnotations(input);
  const tags = articleTagNames(collected);
  return {
    title: article.title,
    author: article.source ?? article.byline,
    byline: article.byline,
    source: article.source,
    // Provenance a web page stated about itself (issue 9); absent for other sources.
    site: article.siteName ?? null,
    url: article.canonicalUrl ?? null,
    language: article.language ?? null,
    kind: article.kind,
    published: article.published,
    citekey: key,
    tags: tags.length > 0 ? tags : null,
    gloss: article.id,
    unplaced: article.removedAt ? true : null,
    updated: lastUpdated(collected),
  };
}

/** One article's highlights and notes as a Markdown file (see templates.ts for the three layouts). */
export function renderArticleMarkdown(input: RenderArticleInput): string {
  const section = renderArticleSection(input, input.template);
  if (!templateHasFrontMatter(input.template)) return `${section}\n`;
  return `${frontMatter(articleFrontMatterFields(input, input.citationKey))}\n\n${section}\n`;
}
