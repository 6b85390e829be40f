export { ReaderView, type ReaderViewProps } from './reader-view';
export { ArticleView } from './article-view';
export { settingsToCssVars } from './settings-style';
