export * from './normalise';
export * from './hash';
export { hasUnspacedScript, segmentWords } from './segment';
