/**
 * Messages between the renderer and the search worker. The library's files cross as transferred
 * ArrayBuffers (moved, not copied or cloned); only small answers come back.
 */
import type { Article } from '../../shared/model/article';
import type { ArticleMarks, SearchOptions, SearchResponse } from '../../shared/search';

export type WorkerRequest =
  | { type: 'load'; library: ArrayBuffer; articleText: ArrayBuffer; index: ArrayBuffer }
  /** The articles the reader imported (structured-cloned: they are the reader's own, not the corpus). */
  | { type: 'imports'; articles: Article[] }
  | { type: 'search'; id: number; query: string; options: SearchOptions }
  | { type: 'marksIn'; id: number; articleId: string; query: string };

export type WorkerReply =
  | { type: 'alive' }
  | { type: 'ready'; problem: string | null }
  | { type: 'search'; id: number; response: SearchResponse }
  | { type: 'marksIn'; id: number; marks: ArticleMarks };
