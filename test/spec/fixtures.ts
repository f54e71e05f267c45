import type { ViewSpec } from '../../src/spec/view-spec';

/** A complete, valid current ViewSpec over a calls table `calls_jan`. */
export function sampleSpec(): ViewSpec {
  return {
    schemaVersion: 3,
    datasets: [
      {
        id: 'ds-1',
        table: 'calls_jan',
        label: 'calls-2026-01.csv',
        columns: [
          { name: 'start_time', type: 'TIMESTAMP' },
          { name: 'outcome', type: 'VARCHAR' },
          { name: 'line', type: 'VARCHAR' },
        ],
      },
    ],
    mapping: {
      calls: {
        table: 'calls_jan',
        columns: { started_at: 'start_time', answered: 'outcome', business_line: 'line' },
        answeredValues: ['agent'],
        durationUnit: 'seconds',
      },
    },
    definitions: {
      serviceLevelSeconds: 20,
      shortAbandonSeconds: 0,
      repeatDays: 7,
      costPerMinute: null,
      costPerOfferedCall: null,
      currency: '',
    },
    filters: {
      dateFrom: '2026-01-01',
      dateTo: null,
      businessLines: ['Mobile'],
      channels: [],
      reasonCategories: [],
      segments: [],
    },
    analysis: { id: 'kpi', settings: { bucket: 'day' } },
    charts: {},
  };
}

/** The same view as version 2 wrote it: the KPI definitions inside the mapping, cost per contact by that name. */
export function versionTwoSpec(): Record<string, unknown> {
  const { definitions, ...spec } = sampleSpec();
  const { costPerOfferedCall, currency: _currency, ...rest } = definitions;
  return {
    ...spec,
    schemaVersion: 2,
    mapping: { ...spec.mapping, settings: { ...rest, costPerContact: costPerOfferedCall } },
  };
}

/** The same view as version 1 wrote it: datasets named by table only, no charts. */
export function versionOneSpec(): Record<string, unknown> {
  const spec: Record<string, unknown> = { ...versionTwoSpec(), schemaVersion: 1, datasets: ['calls_jan'] };
  delete spec.charts;
  return spec;
}
