import { parse } from 'yaml';
import type { SourceMeta } from './source-block';

export interface FrontMatter {
  title: string | null;
  meta: SourceMeta;
  body: string;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Markdown sources may open with a YAML block (title, author/source, kind, date, dateline). What it
 * states wins over what the parser infers; a block that is not valid YAML is left as text.
 */
export function splitFrontMatter(markdown: string): FrontMatter {
  const match = BLOCK.exec(markdown);
  if (!match) return { title: null, meta: {}, body: markdown };
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch {
    return { title: null, meta: {}, body: markdown };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { title: null, meta: {}, body: markdown };
  const field = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = (data as Record<string, unknown>)[name];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    }
    return undefined;
  };
  const meta: SourceMeta = {};
  const source = field('source', 'author', 'publisher');
  const published = field('published', 'date');
  const kind = field('kind', 'type');
  const dateline = field('dateline', 'place');
  const byline = field('byline');
  if (source) meta.source = source;
  if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) meta.published = published.slice(0, 10);
  if (kind) meta.kind = kind;
  if (dateline) meta.dateline = dateline;
  if (byline) meta.byline = byline;
  return { title: field('title') ?? null, meta, body: markdown.slice(match[0].length) };
}
