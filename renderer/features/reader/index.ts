export { ReaderView } from './reader-view';
export { ArticleView } from './article-view';
export { SEARCH_HIGHLIGHT, CURRENT_HIGHLIGHT } from './use-match-painting';
