export * from './names';
export * from './relations';
export * from './conflicts';
export * from './scoring';
