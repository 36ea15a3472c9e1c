export { MeasuresProvider, useMeasures, type PlanSource } from './MeasuresProvider';
export { PlanView } from './PlanView';
