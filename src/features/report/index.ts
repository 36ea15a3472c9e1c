export { MeasuresProvider, useMeasures, type PlanSource } from './MeasuresProvider';
export { PlanView, type PlanViewProps } from './PlanView';
