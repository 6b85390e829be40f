import { articleBlocks, articleText, type Article } from '../model';
import type { IndexField } from './fields';
import type { WordBlock } from './snippet';
import { tokenizeWords, type Word } from './tokenize';

/** An article's words, per block of articleText() and per short field, for matching and snippets. */
export interface ArticleAnalysis {
  text: string;
  blocks: WordBlock[];
  title: Word[];
  byline: Word[];
  source: Word[];
}

export function analyseArticle(article: Article): ArticleAnalysis {
  return {
    text: articleText(article),
    blocks: articleBlocks(article).map((b) => ({ kind: b.kind, start: b.start, end: b.end, words: tokenizeWords(b.text, b.start) })),
    title: tokenizeWords(article.title),
    byline: tokenizeWords(article.byline ?? ''),
    source: tokenizeWords(article.source ?? ''),
  };
}

/** The word lists a clause restricted to `fields` may match in (each list one block: phrases stay inside). */
export function wordListsIn(analysis: ArticleAnalysis, fields: readonly IndexField[] | null): Word[][] {
  const wanted = (f: IndexField) => fields === null || fields.includes(f);
  const lists: Word[][] = [];
  if (wanted('title')) lists.push(analysis.title);
  if (wanted('byline')) lists.push(analysis.byline);
  if (wanted('source')) lists.push(analysis.source);
  for (const b of analysis.blocks) if (wanted(b.kind === 'heading' ? 'headings' : 'body')) lists.push(b.words);
  return lists;
}

/** Like wordListsIn, but only the blocks of articleText() (where match ranges can be shown). */
export function textBlocksIn(analysis: ArticleAnalysis, fields: readonly IndexField[] | null): WordBlock[] {
  return analysis.blocks.filter((b) => fields === null || fields.includes(b.kind === 'heading' ? 'headings' : 'body'));
}

/** A small least-recently-used cache: analysing is cheap, but a corpus's worth would sit in memory. */
export class AnalysisCache {
  private readonly entries = new Map<string, ArticleAnalysis>();
  constructor(private readonly limit = 128) {}

  get(article: Article): ArticleAnalysis {
    let hit = this.entries.get(article.id);
    if (hit) this.entries.delete(article.id);
    else hit = analyseArticle(article);
    this.entries.set(article.id, hit);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return hit;
  }
}
