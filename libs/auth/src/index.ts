export * from './decorators/access.decorators';
