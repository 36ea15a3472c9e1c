export { MeasureTable, type MeasureTableProps } from './MeasureTable';
export { UnitOverview, type OverviewFilter } from './UnitOverview';
export { ViewBar, type ViewBarProps } from './ViewBar';
