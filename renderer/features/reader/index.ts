export { ReaderView, type ReaderViewProps } from './reader-view';
export { ArticleView } from './article-view';
export { settingsToCssVars } from './settings-style';
export { SEARCH_HIGHLIGHT, CURRENT_HIGHLIGHT } from './use-match-painting';
