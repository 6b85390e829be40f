export { SearchBox } from './search-box';
export { SearchView } from './search-view';
export { Snippet } from './snippet';
