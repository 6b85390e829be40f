export { ImportPanel } from './import-panel';
