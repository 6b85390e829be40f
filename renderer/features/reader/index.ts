export { ReaderView, type ReaderViewProps } from './reader-view';
export { ArticleView } from './article-view';
export { nativeThemeFor, settingsToCssVars } from './settings-style';
