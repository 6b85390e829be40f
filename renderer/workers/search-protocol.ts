/**
 * Messages between the renderer and the search worker. The library's files cross as transferred
 * ArrayBuffers (moved, not copied or cloned); only small answers come back.
 */
import type { ArticleMarks, SearchOptions, SearchResponse } from '../../shared/search';
import type { ImportsUpdate, UserIndexChange } from '../core/user-index';

export type WorkerRequest =
  | { type: 'load'; library: ArrayBuffer; articleText: ArrayBuffer; index: ArrayBuffer }
  /** What changed in the reader's imported articles (structured-cloned: they are the reader's own, not the corpus). */
  | ({ type: 'imports' } & ImportsUpdate)
  | { type: 'search'; id: number; query: string; options: SearchOptions }
  | { type: 'marksIn'; id: number; articleId: string; query: string };

export type WorkerReply =
  | { type: 'alive' }
  | { type: 'ready'; problem: string | null }
  /** The user index's parts built or dropped by an `imports` update, for the page to store. */
  | ({ type: 'userIndex' } & UserIndexChange)
  | { type: 'search'; id: number; response: SearchResponse }
  | { type: 'marksIn'; id: number; marks: ArticleMarks };
