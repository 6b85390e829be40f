export { LibraryView } from './library-view';
export { ArticleMeta } from './article-meta';
export { sortArticles, LIBRARY_SORTS, type LibrarySort } from './sort-articles';
