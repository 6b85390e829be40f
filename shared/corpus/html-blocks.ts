import { Parser } from 'htmlparser2';
import { parseCaption } from './caption';
import { isAdSize } from './plain-text';
import type { SourceBlock, SourceDocument } from './source-block';
import { collapseSpace } from './source-block';

/*
 * HTML is sanitised by keeping nothing of it but text: no tag, attribute, URL or handler survives
 * into an Article, so the reader never renders markup from a source. Elements that carry code or
 * page furniture rather than the article are dropped with their content.
 */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'object', 'embed', 'canvas',
  'video', 'audio', 'nav', 'aside', 'button', 'select', 'textarea', 'footer',
  // Literal markup and fallbacks (<xmp>, <plaintext>) would otherwise read as the page's own text.
  'xmp', 'plaintext', 'noembed', 'noframes',
]);
// A <form> is kept: some sites wrap the whole page in one (ASP.NET), and its fields are dropped anyway.

// MathML's token elements (<mi>x</mi><mo>+</mo><mi>y</mi>) carry no spaces; reading them as words
// means putting one between each ("x + y").
const MATH_TOKENS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);

export interface HtmlBlockOptions {
  /** A whole page states its title in its first <h1>; an article already cut from a page does not. */
  firstH1IsTitle: boolean;
}

type Context = 'heading' | 'paragraph' | 'caption' | 'container' | 'title';

const BLOCKS: Record<string, Context> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', li: 'paragraph', blockquote: 'paragraph', dd: 'paragraph', dt: 'paragraph',
  pre: 'paragraph', td: 'paragraph', th: 'paragraph', figcaption: 'caption', title: 'title',
  div: 'container', section: 'container', article: 'container', main: 'container', header: 'container',
  ul: 'container', ol: 'container', dl: 'container', table: 'container', tr: 'container',
  figure: 'container', body: 'container', html: 'container', head: 'container',
};

interface FigureScope {
  alts: string[];
  captioned: boolean;
}

/** HTML reduced to text blocks: the sanitiser every HTML source goes through. */
export function parseHtmlBlocks(html: string, options: HtmlBlockOptions = { firstH1IsTitle: true }): SourceDocument {
  const blocks: SourceBlock[] = [];
  const stack: { tag: string; context: Context }[] = [];
  const figures: FigureScope[] = [];
  /** Images met inside the paragraph being read; emitted after it so the paragraph stays whole. */
  let pendingImages: string[] = [];
  let buffer = '';
  let skipDepth = 0;
  let h1: string | null = null;
  let headTitle: string | null = null;

  const flush = () => {
    const text = collapseSpace(buffer);
    buffer = '';
    const context = stack[stack.length - 1]?.context ?? 'container';
    if (text !== '' && !isAdSize(text)) {
      if (context === 'title') headTitle ??= text;
      else if (context === 'caption') {
        blocks.push({ type: 'figure', ...parseCaption(text) });
        const scope = figures[figures.length - 1];
        if (scope) scope.captioned = true;
      } else if (context === 'heading') {
        // The first <h1> is the title; later ones are section headings like any other.
        if (options.firstH1IsTitle && h1 === null && stack[stack.length - 1]!.tag === 'h1') h1 = text;
        else blocks.push({ type: 'heading', text });
      } else blocks.push({ type: 'paragraph', text });
    }
    for (const alt of pendingImages) blocks.push({ type: 'figure', ...parseCaption(alt) });
    pendingImages = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || DROPPED.has(name)) {
          if (DROPPED.has(name)) skipDepth++;
          return;
        }
        if (name === 'img') {
          const alt = collapseSpace(attribs.alt ?? '');
          if (alt === '') return;
          const scope = figures[figures.length - 1];
          if (scope) scope.alts.push(alt);
          else pendingImages.push(alt);
          return;
        }
        if (name === 'br' || MATH_TOKENS.has(name)) {
          buffer += ' ';
          return;
        }
        const context = BLOCKS[name];
        if (!context) return;
        flush();
        stack.push({ tag: name, context });
        if (name === 'figure') figures.push({ alts: [], captioned: false });
      },
      ontext(text) {
        if (skipDepth === 0) buffer += text;
      },
      onclosetag(name) {
        if (DROPPED.has(name) && skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (skipDepth > 0 || !BLOCKS[name]) return;
        flush();
        stack.pop();
        if (name === 'figure') {
          const scope = figures.pop()!;
          // A figure's caption says more than its image's alt text; the alt stands in when there is none.
          if (!scope.captioned) for (const alt of scope.alts) blocks.push({ type: 'figure', ...parseCaption(alt) });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { title: h1 ?? headTitle, blocks };
}
