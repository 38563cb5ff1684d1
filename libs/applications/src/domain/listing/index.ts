export * from './list-sort';
export * from './text-search';
export * from './export-columns';
