export * from './list-sort';
export * from './text-search';
