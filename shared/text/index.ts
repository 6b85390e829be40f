export * from './normalise';
export * from './hash';
