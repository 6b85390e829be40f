export { ImportPanel } from './import-panel';
export { receiveOpenedFiles } from './receive-opened-files';
