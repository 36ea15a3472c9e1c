export { PlanPicker } from './PlanPicker';
export { PlanView, type PlanViewProps } from './PlanView';
