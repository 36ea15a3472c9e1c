export { MeasuresProvider, useMeasures, usePlanChoice, type PlanSource } from './MeasuresProvider';
export { PlanPicker } from './PlanPicker';
export { PlanView, type PlanViewProps } from './PlanView';
export type { PlanChoice } from './use-plan-choice';
export type { PlanSummary } from './plan-choice';
