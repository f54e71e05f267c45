export { DEFAULT_DEFINITIONS, type KpiDefinitions } from './definitions';
export { KPI_IDS, KPI_META, kpiColumns, kpiMissing, kpiSql, offeredCall, repeatBase, type KpiId } from './kpis';
export { comparePeriods, dayCount, type PreviousPeriod } from './periods';
export { callsWhere, withoutDates, type DayRange } from './predicates';
