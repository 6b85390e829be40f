import type { Article } from './article';

/**
 * The article's plain text, the one string that search snippets, highlight anchors and the reader's
 * DOM all agree on. Blocks (section headings, then their paragraphs) are joined by a blank line, so a
 * selection spanning a heading and a paragraph has a well-defined quote. Title, byline and captions
 * are shown by the reader but are not part of the anchorable text.
 */
export interface TextBlock {
  kind: 'heading' | 'paragraph';
  sectionIndex: number;
  /** Index of the paragraph within its section; -1 for a heading. */
  paragraphIndex: number;
  text: string;
  /** Offset of the block's first character in articleText(). */
  start: number;
  end: number;
}

export const BLOCK_SEPARATOR = '\n\n';

export function articleBlocks(article: Pick<Article, 'sections'>): TextBlock[] {
  const blocks: TextBlock[] = [];
  let offset = 0;
  const push = (b: Omit<TextBlock, 'start' | 'end'>) => {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ ...b, start: offset, end: offset + b.text.length });
    offset += b.text.length;
  };
  article.sections.forEach((section, sectionIndex) => {
    if (section.heading !== null) push({ kind: 'heading', sectionIndex, paragraphIndex: -1, text: section.heading });
    section.paragraphs.forEach((text, paragraphIndex) => push({ kind: 'paragraph', sectionIndex, paragraphIndex, text }));
  });
  return blocks;
}

export function articleText(article: Pick<Article, 'sections'>): string {
  return articleBlocks(article).map((b) => b.text).join(BLOCK_SEPARATOR);
}
