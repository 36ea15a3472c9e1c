export * from './status';
export type * from './measure';
export * from './rules';
export * from './summary';
