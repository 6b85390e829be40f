import { Readability } from '@mozilla/readability';
import { parseByline } from '../byline';
import { findDate } from '../dateline';
import { parseHtmlBlocks } from '../html-blocks';
import type { SourceBlock, SourceDocument, SourceMeta } from '../source-block';
import { parsePage, type PageDocument } from './dom';
import { readPageMetadata } from './metadata';
import { chooseTitle } from './title';

// Readability's own guess at a byline (an element classed "byline" or "author") is a short line.
const MAX_BYLINE = 120;

/**
 * A whole saved web page: linkedom parses it, its metadata is read (before Readability changes the
 * DOM), Mozilla Readability picks the article out of the page furniture, and the project's
 * sanitiser (parseHtmlBlocks: text only, no markup survives) turns the article into blocks.
 */
export function parseHtmlPage(html: string): SourceDocument {
  const doc = parsePage(html);
  const facts = readPageMetadata(doc, html);
  const title = chooseTitle(doc, facts.title, facts.siteName);
  const readable = readArticle(doc);

  let blocks: SourceBlock[];
  if (readable?.content) blocks = parseHtmlBlocks(readable.content, { firstH1IsTitle: false }).blocks;
  else {
    // Readability found nothing it trusts (a page of one short paragraph): keep the whole body.
    const whole = parseHtmlBlocks(html, { firstH1IsTitle: true });
    blocks = whole.blocks;
  }
  blocks = withoutRepeatedTitle(blocks, title);

  const meta: SourceMeta = {};
  const byline = facts.byline ?? bylineOf(readable?.byline);
  if (byline) {
    meta.byline = byline;
    const named = parseByline(byline);
    meta.source = named?.source ?? byline;
    if (named?.kind) meta.kind = named.kind;
  }
  const published = facts.published ?? findDateOrNull(readable?.publishedTime);
  if (published) meta.published = published;
  if (facts.siteName) meta.siteName = facts.siteName;
  if (facts.language) meta.language = facts.language;
  if (facts.canonicalUrl) meta.canonicalUrl = facts.canonicalUrl;
  return { title, blocks, meta };
}

function readArticle(doc: PageDocument): ReturnType<Readability['parse']> {
  try {
    // The DOM is linkedom's, which Readability accepts; shared/ has no DOM types to say so.
    return new Readability(doc as never, { charThreshold: 250 }).parse();
  } catch {
    return null;
  }
}

/** Readability's byline, without a date glued on ("By Ana Ruiz · May 6, 2020"). */
function bylineOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (findDate(text)) text = text.replace(/\s*[·|,–—-]?\s*(on\s+)?((\w{3,9}\.?\s+\d{1,2},?\s+\d{4})|(\d{1,2}\s+\w{3,9}\.?,?\s+\d{4})|(\d{4}-\d{2}-\d{2}\S*))\s*$/u, '').trim();
  if (text === '' || text.length > MAX_BYLINE || /^https?:/i.test(text)) return null;
  return text;
}

function findDateOrNull(value: string | null | undefined): string | null {
  return value ? findDate(value) : null;
}

const norm = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The article's own heading repeats the title; the title is shown once. */
function withoutRepeatedTitle(blocks: SourceBlock[], title: string | null): SourceBlock[] {
  if (title === null) return blocks;
  const i = blocks.findIndex((b) => b.type !== 'figure');
  const first = blocks[i];
  if (first && first.type !== 'figure' && norm(first.text) === norm(title)) return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
  return blocks;
}
