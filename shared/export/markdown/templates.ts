/**
 * How one highlight is written, per template. Every template keeps the quote exact (escaped author
 * text) and the note as the researcher wrote it (their Markdown, unescaped).
 */
import type { Highlight, Note } from '../../model';
import { blockQuote, escapeMarkdownText } from './escape-markdown';
import { glossDeepLink, obsidianBlockId, obsidianTags } from './obsidian';

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
const templateHasLinks = (t: MarkdownTemplate): boolean => t !== 'plain';

/** A note body as written, minus blank lines at its edges so the spacing around it stays one blank line. */
export function noteMarkdown(note: Note): string {
  return note.body.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
}

function quoteBlock(h: Highlight, template: MarkdownTemplate): string {
  const quoted = blockQuote(escapeMarkdownText(h.quote.exact));
  return template === 'callout' ? `> [!quote] ${h.color}\n${quoted}` : quoted;
}

function metaLine(h: Highlight, notes: Note[]): string {
  const tags = obsidianTags([...h.tags, ...notes.flatMap((n) => n.tags)]);
  return [h.color, ...(tags.length > 0 ? [tags.map((t) => `#${t}`).join(' ')] : [])].join(' · ');
}

/**
 * Blocks (joined by blank lines) for one highlight: quote, block id, colour and tags, notes, link.
 * The block id sits on its own line right after the quote (Obsidian's form for quotes and callouts),
 * so `![[file#^id]]` embeds the passage itself rather than the link line.
 */
export function highlightBlocks(h: Highlight, notes: Note[], template: MarkdownTemplate): string[] {
  const blocks = [quoteBlock(h, template)];
  if (templateHasLinks(template)) blocks.push(`^${obsidianBlockId(h.id)}`);
  blocks.push(metaLine(h, notes));
  for (const note of notes) blocks.push(noteMarkdown(note));
  if (templateHasLinks(template)) blocks.push(`[Open in Gloss](${glossDeepLink(h.articleId, h.id)})`);
  return blocks;
}
