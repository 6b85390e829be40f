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
  'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'object', 'embed', 'canvas',
  'video', 'audio', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'footer',
]);

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

export function parseHtml(html: string): SourceDocument {
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
        if (h1 === null && stack[stack.length - 1]!.tag === 'h1') h1 = text;
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
        if (name === 'br') {
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
