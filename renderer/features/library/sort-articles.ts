/** The library's orderings live once, with its filters, in shared/model/library-filter.ts. */
export { sortLibrary as sortArticles, LIBRARY_SORTS, isLibrarySort, type LibrarySort } from '../../../shared/model/library-filter';
