import { parseHTML } from 'linkedom';

/*
 * The seam between shared/ and a DOM. shared/ compiles without the DOM lib, so the few DOM members
 * the page reader uses are declared here structurally. The DOM itself is linkedom: a pure-JS DOM
 * that runs the same in Node (CLI, build, tests), the renderer and a worker, so a page gives the
 * same Article wherever it is imported. (The renderer's DOMParser would differ in small ways from
 * the build's DOM, and the main process has none.)
 */
export interface PageNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

export interface PageElement extends PageNode {
  readonly tagName: string;
  readonly childNodes: ArrayLike<PageNode>;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  remove(): void;
}

export interface PageDocument {
  readonly documentElement: PageElement | null;
  readonly body: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

// Elements whose content is not part of what a reader sees as the page's text: <xmp>, <plaintext>
// and <noembed>/<noframes> hold literal markup or fallbacks, which a non-HTML5 parser reads as
// elements and would let leak into the article.
const NEVER_TEXT = 'xmp, plaintext, noembed, noframes, template, script, style, noscript, iframe, object, embed, svg, canvas, select, textarea, input';

/** Parses a whole page into a DOM, with the elements that never carry article text removed. */
export function parsePage(html: string): PageDocument {
  let { document } = parseHTML(html) as { document: PageDocument };
  // linkedom builds no <html> for a fragment ("<p>text</p>"); a browser would, so wrap it.
  if (document.documentElement?.tagName.toUpperCase() !== 'HTML') ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as { document: PageDocument });
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) {
    // JSON-LD is metadata, read before anything else; keep it.
    if (el.tagName === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
    el.remove();
  }
  return document;
}

export function textOf(el: PageElement | null): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const INLINE = /^(A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR|BR)$/;

/**
 * An element's text up to its first block-level child: an unclosed <h1> that swallowed the
 * paragraphs after it ("<h1>Title<p>First paragraph…") still gives just "Title".
 */
export function leadingText(el: PageElement): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const child = node as PageElement;
      if (!INLINE.test(child.tagName.toUpperCase())) break;
      text += child.textContent ?? '';
    }
  }
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
