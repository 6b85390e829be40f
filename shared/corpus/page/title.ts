import { leadingText, textOf, type PageDocument, type PageElement } from './dom';

// The separators sites put between an article's title and their own name in <title>.
const SEPARATOR = /\s+[|\-–—·»:]{1,2}\s+|\s*[_|]\s*(?=[^_|]*$)/;

const norm = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The article's title: the one the page states for the article (JSON-LD headline, og:title), else
 * the part of <title> that the page also shows as a heading (so "Site | Title" and "Title - Site"
 * both give the title, never the site's name), else the article's first <h1>.
 */
export function chooseTitle(doc: PageDocument, stated: string | null, siteName: string | null): string | null {
  if (stated) return stated;
  const shown = prominentTexts(doc);
  const titleTag = textOf(doc.querySelector('head > title, title'));
  const parts = titleTag.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  const isSite = (p: string) => siteName !== null && norm(p) === norm(siteName);
  if (titleTag !== '' && shown.has(norm(titleTag))) return titleTag;
  const onPage = parts.find((p) => shown.has(norm(p)) && !isSite(p));
  if (onPage) return onPage;
  const h1 = articleHeading(doc);
  if (h1 !== null) return h1;
  if (parts.length === 1) return parts[0]!;
  // Unknown which part is the site: the longest part is the likelier title.
  const notSite = parts.filter((p) => !isSite(p));
  if (notSite.length > 0) return notSite.reduce((a, b) => (b.length > a.length ? b : a));
  return null;
}

// A site's logo is often its page's first <h1>; it is not the article's title.
const LOGO = '[class*="logo" i], [id*="logo" i], [class*="masthead" i], [class*="site-title" i], [class*="brand" i]';

function articleHeading(doc: PageDocument): string | null {
  const candidates: PageElement[] = [...Array.from(doc.querySelectorAll('article h1, main h1, [itemprop~="headline"]')), ...Array.from(doc.querySelectorAll('h1'))];
  for (const el of candidates) {
    if (el.closest(LOGO) !== null || el.querySelector('a[href="/"]') !== null) continue;
    const text = leadingText(el);
    if (text !== '') return text;
  }
  return null;
}

/** Headings and large or bold lines: what a page shows as a title. */
function prominentTexts(doc: PageDocument): Set<string> {
  const texts = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, [itemprop~="headline"], [class*="title" i], [class*="headline" i], b, strong, font'))) {
    const text = textOf(el);
    if (text !== '' && text.length <= 300) texts.add(norm(text));
  }
  return texts;
}
