// The caseworker builds the plan: a new plan from a plan document's text, and single measures.
export { PlanTools } from './PlanTools';
