export * from './describe-range';
export * from './anchor';
export * from './anchor-all';
export { errorBudget, LONG_QUOTE, SHORT_QUOTE } from './fuzzy-search';
export { similarity } from './score';
