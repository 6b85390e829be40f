/**
 * How one highlight is written, per template. Every template keeps the quote exact (escaped author
 * text, escape-markdown.ts), the note as the researcher wrote it (their Markdown, nested so it cannot
 * clash with the file: nest-note.ts) and the tags as typed or with the change reported (inline-tags.ts).
 */
import type { Highlight, Note } from '../../model';
import { tagKey } from '../../model/tag';
import { blockQuote, escapeMarkdownInline, escapeMarkdownText } from './escape-markdown';
import type { InlineTag } from './inline-tags';
import { nestNote } from './nest-note';
import { glossDeepLink, obsidianBlockId } from './obsidian';

export const MARKDOWN_TEMPLATES = ['default', 'callout', 'plain'] as const;
export type MarkdownTemplate = (typeof MARKDOWN_TEMPLATES)[number];

/** The template's human name, for a picker. */
export const TEMPLATE_LABELS: Record<MarkdownTemplate, string> = {
  default: 'Obsidian (block quotes)',
  callout: 'Obsidian callouts',
  plain: 'Plain Markdown',
};

/** Front matter, deep links and block ids are Obsidian-facing; plain Markdown gets none of them. */
export const templateHasFrontMatter = (t: MarkdownTemplate): boolean => t !== 'plain';
export const templateHasLinks = (t: MarkdownTemplate): boolean => t !== 'plain';

/** Notes sit under the file's "## " sections, so their own headings start at level 3. */
export const NOTE_HEADING_LEVEL = 3;

/** What every block of one file shares: its template, its tags' inline forms, its escaping. */
export interface FileContext {
  template: MarkdownTemplate;
  tags: Map<string, InlineTag>;
  /** A note of the file defines link references: author text escapes every bracket. */
  allBrackets: boolean;
}

/** A note as one bullet item, its Markdown as written (see nest-note.ts). */
export function noteBlock(note: Note): string {
  return nestNote(note.body, NOTE_HEADING_LEVEL).markdown;
}

function quoteBlock(h: Highlight, ctx: FileContext): string {
  const quoted = blockQuote(escapeMarkdownText(h.quote.exact, { allBrackets: ctx.allBrackets }));
  return ctx.template === 'callout' ? `> [!quote] ${h.color}\n${quoted}` : quoted;
}

/**
 * "#Iran #to-read · C++, 2020": tags Obsidian reads as tags, then names kept as text (escaped so
 * they show as typed). Plain Markdown has no tags: "tags: Iran, C++".
 */
export function tagsLine(names: string[], ctx: FileContext): string | null {
  const forms = names.map((n) => ctx.tags.get(tagKey(n))).filter((t): t is InlineTag => t !== undefined);
  const unique = [...new Map(forms.map((t) => [tagKey(t.name), t])).values()];
  if (unique.length === 0) return null;
  const asText = unique.filter((t) => t.tag === null).map((t) => escapeMarkdownInline(t.name, { allBrackets: ctx.allBrackets }));
  if (ctx.template === 'plain') return `tags: ${asText.join(', ')}`;
  const asTags = unique.filter((t) => t.tag !== null).map((t) => t.tag!);
  return [asTags.join(' '), asText.join(', ')].filter((s) => s !== '').join(' · ');
}

/** The tags a highlight's line shows: its own and its notes', first spelling kept. */
export const highlightTagNames = (h: Highlight, notes: Note[]): string[] => [...h.tags, ...notes.flatMap((n) => n.tags)];

function metaLine(h: Highlight, notes: Note[], ctx: FileContext): string | null {
  // The callout's title already names the colour.
  const colour = ctx.template === 'callout' ? null : h.color;
  const tags = tagsLine(highlightTagNames(h, notes), ctx);
  const parts = [colour, tags].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * Blocks (joined by blank lines) for one highlight: quote, block id, colour and tags, notes, link.
 * The block id sits on its own line right after the quote (Obsidian's form for quotes and callouts),
 * so `![[file#^id]]` embeds the passage itself rather than the link line.
 */
export function highlightBlocks(h: Highlight, notes: Note[], ctx: FileContext): string[] {
  const blocks = [quoteBlock(h, ctx)];
  if (templateHasLinks(ctx.template)) blocks.push(`^${obsidianBlockId(h.id)}`);
  const meta = metaLine(h, notes, ctx);
  if (meta !== null) blocks.push(meta);
  for (const note of notes) blocks.push(noteBlock(note));
  if (templateHasLinks(ctx.template)) blocks.push(`[Open in Gloss](${glossDeepLink(h.articleId, h.id)})`);
  return blocks;
}
