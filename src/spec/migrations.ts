import { isRecord } from './problems';

/**
 * Named, ordered steps that bring an older ViewSpec up to `VIEW_SCHEMA_VERSION`, as tldraw names its migrations.
 * Each step takes the JSON of version `from` and returns the JSON of version `from + 1`; it never sees user data.
 * Never edit a released step: add a new one and raise the version.
 */
export interface Migration {
  readonly id: string;
  readonly from: number;
  readonly up: (spec: Record<string, unknown>) => Record<string, unknown>;
}

export const VIEW_MIGRATIONS: readonly Migration[] = [
  {
    // Version 1 was the envelope written before the model's types existed: datasets named by table only.
    // Version 2 keeps, per dataset, the columns it had when saved, so a changed file is noticed on restore.
    id: 'com.callsight.view/2.DatasetRefsWithColumns',
    from: 1,
    up: (spec) => {
      const tables = Array.isArray(spec.datasets) ? spec.datasets : [];
      return {
        ...spec,
        schemaVersion: 2,
        datasets: tables
          .filter((t): t is string => typeof t === 'string')
          .map((table) => ({ id: table, table, label: table, columns: [] })),
        charts: spec.charts ?? {},
      };
    },
  },
  {
    // Version 2 kept the KPI definitions (service-level T, short abandons, repeat window, costs) inside the mapping.
    // Version 3 keeps them beside it, as the spec's own `definitions`: the same tables read with another threshold
    // are the same mapping. `costPerContact` was a price per offered call, so it is named that way now; a view
    // saved with no analysis opens the overview, the only analysis version 2 could show.
    id: 'com.callsight.view/3.KpiDefinitionsOutOfMapping',
    from: 2,
    up: (spec) => {
      const mapping = isRecord(spec.mapping) ? spec.mapping : {};
      const { settings, ...tables } = mapping;
      const old = isRecord(settings) ? settings : {};
      return {
        ...spec,
        schemaVersion: 3,
        mapping: tables,
        definitions: {
          serviceLevelSeconds: old.serviceLevelSeconds ?? 20,
          shortAbandonSeconds: old.shortAbandonSeconds ?? 0,
          repeatDays: old.repeatDays ?? 7,
          costPerMinute: old.costPerMinute ?? null,
          costPerOfferedCall: old.costPerContact ?? null,
          currency: '',
        },
        analysis: spec.analysis ?? { id: 'overview', settings: {} },
      };
    },
  },
];

/** The oldest version a migration chain starts from. */
export const OLDEST_VIEW_VERSION = 1;

/** Runs every step from `version` on; returns the ids of the steps applied. */
export function migrateViewSpec(
  spec: Record<string, unknown>,
  version: number,
  target: number,
): { spec: Record<string, unknown>; applied: string[] } {
  let current = spec;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = VIEW_MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from view version ${v}`);
    current = step.up(current);
    applied.push(step.id);
  }
  return { spec: current, applied };
}
