export { SearchBox } from './search-box';
export { SearchView } from './search-view';
export { Snippet } from './snippet';
export { QuerySyntax } from './query-syntax';
