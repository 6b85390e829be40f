import { findDate } from '../dateline';
import { textOf, type PageDocument, type PageElement } from './dom';

/**
 * What a page states about itself, and only that: a field the page does not state stays null.
 * Sources, in order of trust: JSON-LD, <meta> (Open Graph, article:*, Dublin Core, name=author/date),
 * microdata and <time>, then short visible labels (a "byline" or "date" element).
 */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

export function readPageMetadata(doc: PageDocument, html: string): PageMetadata {
  const meta = metaValues(doc);
  const ld = jsonLd(doc);
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const authorMeta = pick('author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author');
  const articleAuthor = pick('article:author');
  return {
    title: ld.headline ?? pick('og:title', 'dc.title', 'dcterms.title', 'twitter:title', 'parsely-title'),
    byline: ld.authors ?? authorMeta ?? (articleAuthor && !isUrl(articleAuthor) ? articleAuthor : null) ?? microdataAuthor(doc),
    published:
      dateOf(ld.datePublished) ??
      dateOf(pick('article:published_time', 'og:published_time', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'date', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'datepublished')) ??
      timeElementDate(doc) ??
      visibleDate(doc),
    siteName: pick('og:site_name', 'application-name') ?? ld.publisher,
    language: language(doc, meta),
    canonicalUrl: canonical(doc, meta, html),
  };
}

function metaValues(doc: PageDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = (el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

interface LdFacts {
  headline: string | null;
  authors: string | null;
  datePublished: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SocialMediaPosting|WebPage|LiveBlogPosting)$/;

function jsonLd(doc: PageDocument): LdFacts {
  const facts: LdFacts = { headline: null, authors: null, datePublished: null, publisher: null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').trim());
    } catch {
      continue; // A broken block states nothing; the page's other metadata still counts.
    }
    for (const node of ldNodes(data)) {
      const type = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
      if (type.includes('WebSite') && !facts.publisher) facts.publisher = str(node.name);
      if (!type.some((t) => ARTICLE_TYPES.test(t))) continue;
      facts.headline ??= str(node.headline) ?? (type.includes('WebPage') ? null : str(node.name));
      facts.datePublished ??= str(node.datePublished) ?? str(node.dateCreated);
      facts.authors ??= names(node.author) ?? names(node.creator);
      const publisher = node.publisher as Record<string, unknown> | undefined;
      facts.publisher ??= publisher && typeof publisher === 'object' ? str(publisher.name) : null;
    }
  }
  return facts;
}

function ldNodes(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(ldNodes);
  if (data === null || typeof data !== 'object') return [];
  const node = data as Record<string, unknown>;
  return [node, ...ldNodes(node['@graph'] ?? [])];
}

function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []).map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : null));
  const clean = list.filter((v): v is string => v !== null && v !== '' && !isUrl(v));
  return clean.length > 0 ? clean.join(', ') : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;
}

function isUrl(text: string): boolean {
  return /^(https?:)?\/\//i.test(text.trim());
}

function dateOf(value: string | null): string | null {
  return value === null ? null : findDate(value);
}

function microdataAuthor(doc: PageDocument): string | null {
  const el = doc.querySelector('[itemprop~="author"] [itemprop~="name"], [itemprop~="author"]');
  if (!el || inFurniture(el)) return null;
  const text = el.getAttribute('content') ?? textOf(el);
  return text !== '' && text.length <= 100 ? text : null;
}

// Comment threads and footers carry dates and names too, but not the article's.
const FURNITURE = '[class*="comment" i], [id*="comment" i], footer, [class*="footer" i], [id*="footer" i], [class*="related" i], aside';

function inFurniture(el: PageElement): boolean {
  return el.closest(FURNITURE) !== null;
}

function timeElementDate(doc: PageDocument): string | null {
  const found = doc.querySelector('[itemprop~="datePublished"]');
  if (found && !inFurniture(found)) {
    const date = findDate(found.getAttribute('content') ?? found.getAttribute('datetime') ?? textOf(found));
    if (date) return date;
  }
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    if (inFurniture(time) || /updated|modified/i.test(`${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`)) continue;
    const date = findDate(time.getAttribute('datetime') ?? textOf(time));
    if (date) return date;
  }
  return null;
}

const DATE_LABEL_CLASS = /(^|[\s_-])(date|dateline|time|timestamp|pubdate|published|posted|byline|meta|post-meta|article-meta|entry-meta)([\s_-]|$)/i;
const MAX_LABEL = 100;

/** A short element whose class says it holds the date ("dateline", "pubdate", "post-meta"). */
function visibleDate(doc: PageDocument): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!DATE_LABEL_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const text = textOf(el);
    if (text === '' || text.length > MAX_LABEL || /updated|edited|modified/i.test(text) || inFurniture(el)) continue;
    const date = findDate(text);
    if (date) return date;
  }
  return null;
}

function language(doc: PageDocument, meta: Map<string, string>): string | null {
  const stated = doc.documentElement?.getAttribute('lang') ?? meta.get('content-language') ?? meta.get('dc.language') ?? meta.get('og:locale')?.replace('_', '-') ?? null;
  const tag = stated?.trim() ?? '';
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function canonical(doc: PageDocument, meta: Map<string, string>, html: string): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null,
    meta.get('og:url') ?? null,
    // Chromium's "Save page as" writes where the page came from in a comment at the top.
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1] ?? null,
  ];
  return candidates.find((url) => url !== null && /^https?:\/\/[^\s]+$/i.test(url.trim()))?.trim() ?? null;
}
