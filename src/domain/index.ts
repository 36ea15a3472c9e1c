export * from './status';
export type * from './measure';
export * from './dates';
export * from './rules';
export * from './summary';
export * from './plan';
export * from './apply-changes';
export * from './measure-view';
