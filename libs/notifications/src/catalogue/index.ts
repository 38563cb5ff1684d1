export * from './notification-types';
