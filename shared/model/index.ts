export * from './article';
export * from './article-text';
export * from './annotation';
export * from './result';
export * from './ids';
export * from './deep-link';
export * from './tag';
export * from './error-text';
