/** The searcher's answer shapes, as shared/search defines them. */
export type { SearchResponse, SearchResult as SearchHit, Snippet as SearchSnippet } from '../../../shared/search';
