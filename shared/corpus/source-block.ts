/**
 * What every format parser (plain text, Markdown, HTML) reduces its source to: a flat run of typed
 * blocks of plain text. One assembler then finds the title, byline, dateline and sections, so the
 * rules that make an Article are written once, whatever the source format.
 */
export type SourceBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'figure'; caption: string; credit: string | null };

export interface SourceDocument {
  /** A title the format states outright (HTML <h1>/<title>, Markdown front matter or `# `). */
  title: string | null;
  blocks: SourceBlock[];
  /** Metadata a format states outright (Markdown front matter); wins over what is inferred. */
  meta?: SourceMeta;
}

export interface SourceMeta {
  byline?: string;
  source?: string;
  kind?: string;
  dateline?: string;
  published?: string;
  /** What a web page states about where it comes from (Open Graph, JSON-LD, <html lang>, canonical). */
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
}

/** Collapses runs of whitespace (including newlines and no-break spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
