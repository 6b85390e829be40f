/** The domain type every part of Gloss reads: one cleaned source document. */

export type ArticleKind =
  | 'analysis'
  | 'report'
  | 'opinion'
  | 'editorial'
  | 'interview'
  | 'review'
  | 'news'
  | 'commentary';

export interface Figure {
  /** The caption as written, without the credit. */
  caption: string;
  /** "AP" for "(Credit: AP)"; null when the caption names none. */
  credit: string | null;
}

export interface Section {
  /** null for the untitled opening section. */
  heading: string | null;
  /** Each paragraph exactly as the author wrote it (curly quotes and all). */
  paragraphs: string[];
}

export interface Article {
  /** Stable across rebuilds and text edits: derived from the source file's name. */
  id: string;
  title: string;
  /** The byline line as written, e.g. "Analysis by PMOI/MEK". */
  byline: string | null;
  /** Publisher or author the byline names, e.g. "PMOI/MEK". */
  source: string | null;
  kind: ArticleKind | null;
  /** Place of the dateline, e.g. "Iraq". */
  dateline: string | null;
  /** ISO date (YYYY-MM-DD). */
  published: string | null;
  sections: Section[];
  figures: Figure[];
  wordCount: number;
  readingMinutes: number;
  /** Path of the source relative to the corpus folder. */
  sourceFile: string;
  /** Hash of articleText(article): changes whenever the readable text changes. */
  contentHash: string;
  /*
   * Provenance a web page states about itself. Absent when the source does not state it (never
   * guessed), so articles from other sources, and the bundled index, are unchanged by these fields.
   */
  /** The publication or site, e.g. "The Valley Courier" (og:site_name, JSON-LD publisher). */
  siteName?: string;
  /** BCP 47 language tag the page declares, e.g. "fr" or "zh-CN". */
  language?: string;
  /** The address the page gives as its own (rel=canonical, og:url, or "saved from url="). */
  canonicalUrl?: string;
  /**
   * Only on what is kept of an imported article the reader removed while keeping its highlights and
   * notes (no sections, no file): when it was removed. Those highlights are unplaced.
   */
  removedAt?: string;
}

/**
 * An article without its text (sections, figures): what lists, sorting, filters, search results and
 * export front matter read. The app holds every article this way and reads one's text when it is opened.
 */
export type ArticleInfo = Omit<Article, 'sections' | 'figures'>;

/** What the build writes and the app loads: the articles plus the serialised Lunr index. */
export interface Library {
  formatVersion: 1;
  builtAt: string;
  articles: Article[];
}
