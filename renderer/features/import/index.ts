export { ImportPanel } from './import-panel';
export { ImportedArticleActions } from './imported-article-actions';
export { ImportedArticlesToasts } from './imported-toasts';
export { receiveOpenedFiles } from './receive-opened-files';
