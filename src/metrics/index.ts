export { DEFAULT_DEFINITIONS, type KpiDefinitions } from './definitions';
export { KPI_IDS, KPI_META, kpiColumns, kpiMissing, kpiSql, offeredCall, type KpiFormat, type KpiId } from './kpis';
export { comparePeriods, dayCount, type PreviousPeriod } from './periods';
export { addDays, callsWhere, dayRangeSql, withoutDates, type DayRange, type Slice } from './predicates';
