export { ImportPanel } from './import-panel';
export { useOpenFiles } from './use-open-files';
