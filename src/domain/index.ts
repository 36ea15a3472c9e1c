export * from './status';
export type * from './measure';
export type * from './language';
export * from './dates';
export * from './rules';
export * from './summary';
