export * from './recommending-unit';
export * from './posting';
export * from './organisation-names';
