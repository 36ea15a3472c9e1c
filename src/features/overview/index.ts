export { UnitOverview } from './UnitOverview';
