/**
 * Messages between the renderer and the search worker. The library's files cross as transferred
 * ArrayBuffers (moved, not copied or cloned); only small answers come back.
 */
import type { SearchOptions, SearchResponse, TextRange } from '../../shared/search';

export type WorkerRequest =
  | { type: 'load'; library: ArrayBuffer; articleText: ArrayBuffer; index: ArrayBuffer }
  | { type: 'search'; id: number; query: string; options: SearchOptions }
  | { type: 'matchesIn'; id: number; articleId: string; query: string };

export type WorkerReply =
  | { type: 'alive' }
  | { type: 'ready'; problem: string | null }
  | { type: 'search'; id: number; response: SearchResponse }
  | { type: 'matchesIn'; id: number; matches: TextRange[] };
