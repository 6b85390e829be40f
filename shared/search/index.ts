export { buildSearchIndex } from './build-index';
export { createSearcher, DEFAULT_LIMIT } from './search';
export type { ArticleMarks, Searcher, SearchOptions, SearchResponse, SearchResult } from './search';
export type { Snippet, SnippetSegment } from './snippet';
export { parseQuery } from './parse-query';
export type { ParsedQuery, QueryClause, QueryWord, WordMode } from './query-ast';
export type { TextRange } from './tokenize';
export { INDEX_FIELDS, type IndexField } from './fields';
