export * from './labels';
export * from './interpolate';
export * from './template-errors';
export * from './template-definitions';
export * from './render-template';
export * from './sample-vars';
