import MarkdownIt from 'markdown-it';
import { parseCaption } from './caption';
import { splitFrontMatter } from './front-matter';
import { parseHtmlBlocks } from './html-blocks';
import { isAdSize } from './plain-text';
import type { SourceBlock, SourceDocument } from './source-block';
import { collapseSpace } from './source-block';

type Token = ReturnType<MarkdownIt['parse']>[number];

// html: true so raw HTML arrives as its own tokens, which go through the HTML text extractor (and
// its sanitising) instead of reaching the reader as literal tags.
const md = new MarkdownIt({ html: true });

/** Markdown via markdown-it's tokens: `#` headings, paragraphs, images and their captions. */
export function parseMarkdown(markdown: string): SourceDocument {
  const front = splitFrontMatter(markdown);
  const tokens = md.parse(front.body, {});
  const blocks: SourceBlock[] = [];
  let title = front.title;
  let lastWasImageOnly = false;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') {
      const text = collapseSpace(inlineText(tokens[i + 1]).text);
      if (text !== '') {
        if (title === null && token.tag === 'h1') title = text;
        else blocks.push({ type: 'heading', text });
      }
      lastWasImageOnly = false;
    } else if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
      const { text, images, emphasised } = inlineText(token);
      const prose = collapseSpace(text);
      const previous = blocks[blocks.length - 1];
      if (prose !== '' && emphasised && lastWasImageOnly && previous?.type === 'figure') {
        // An image with an italic line under it: the line is the caption, the alt text was a stand-in.
        blocks[blocks.length - 1] = { type: 'figure', ...parseCaption(prose) };
        lastWasImageOnly = false;
        continue;
      }
      if (prose !== '' && emphasised && images.length > 0) {
        blocks.push({ type: 'figure', ...parseCaption(prose) });
        lastWasImageOnly = false;
        continue;
      }
      if (prose !== '' && !isAdSize(prose)) blocks.push({ type: 'paragraph', text: prose });
      for (const alt of images) blocks.push({ type: 'figure', ...parseCaption(alt) });
      lastWasImageOnly = prose === '' && images.length > 0;
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const code = token.content.trim();
      if (code !== '') blocks.push({ type: 'paragraph', text: code });
      lastWasImageOnly = false;
    } else if (token.type === 'html_block') {
      const html = parseHtmlBlocks(token.content);
      if (html.title !== null) blocks.push({ type: 'heading', text: html.title });
      blocks.push(...html.blocks);
      lastWasImageOnly = false;
    }
  }
  return { title, blocks, meta: front.meta };
}

interface InlineText {
  text: string;
  /** Alt texts (or titles) of the images in the run, which become figures. */
  images: string[];
  /** All of the text sits inside emphasis: the way Markdown writers mark a caption. */
  emphasised: boolean;
}

const HIDDEN_INLINE = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'xmp', 'noembed', 'noframes', 'iframe', 'object', 'svg']);

function inlineText(token: Token | undefined): InlineText {
  let text = '';
  const images: string[] = [];
  let depth = 0;
  let emphasised = true;
  // Inline <script>, <style> and the like arrive as html_inline tags with their content as plain
  // 'text' tokens between them; that content is code, not the author's prose.
  let hiddenUntil: string | null = null;
  for (const child of token?.children ?? []) {
    if (child.type === 'html_inline') {
      const tag = /^<(\/?)([a-z]+)/i.exec(child.content);
      const name = tag?.[2]?.toLowerCase() ?? '';
      if (hiddenUntil === null && tag?.[1] === '' && HIDDEN_INLINE.has(name) && !/\/>$/.test(child.content)) hiddenUntil = name;
      else if (hiddenUntil !== null && tag?.[1] === '/' && name === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (hiddenUntil !== null) continue;
    switch (child.type) {
      case 'text':
      case 'code_inline':
        if (depth === 0 && child.content.trim() !== '') emphasised = false;
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      case 'em_open':
        depth++;
        break;
      case 'em_close':
        depth--;
        break;
      case 'image': {
        const alt = collapseSpace(child.content || child.attrGet('title') || '');
        if (alt !== '') images.push(alt);
        break;
      }
      // html_inline and link tokens carry markup only: their text arrives as 'text' children.
    }
  }
  return { text, images, emphasised: emphasised && text.trim() !== '' };
}
