import type { Engine } from '../../engine/engine';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { ident, sql } from '../../sql';
import { useModelStore } from '../../state/model-store';
import { cacheHash } from '../common/customer-value/customer-value-cache';
import { reasonHoursSql } from './hours-sql';

// A table holds one row per hour and reason that had calls (1M calls over half a year: about 100k rows).
const KEEP = 4;
const made = new WeakMap<Engine, Map<string, Promise<void>>>();

/**
 * The temporary table of hourly reason counts for a filter state, made once and shared by every query that reads
 * it (callers that ask while it is being made wait for the same statement). `version` is the canonical views'
 * build: a rebuild makes a new table. The least recently asked tables beyond a few are dropped.
 */
export async function reasonHoursTable(
  engine: Engine,
  filters: Filters,
  d: KpiDefinitions,
  version: number,
): Promise<string> {
  const name = `reasons_hours_${cacheHash(JSON.stringify([version, filters, d.shortAbandonSeconds]))}`;
  const tables = made.get(engine) ?? new Map<string, Promise<void>>();
  made.set(engine, tables);
  let ready = tables.get(name);
  tables.delete(name);
  if (!ready) {
    ready = engine
      .query(sql`create or replace temp table ${ident(name)} as ${reasonHoursSql(filters, d)}`)
      .then(() => undefined);
    ready.catch(() => tables.delete(name));
  }
  tables.set(name, ready);
  for (const old of [...tables.keys()].slice(0, Math.max(0, tables.size - KEEP))) {
    tables.delete(old);
    void engine.query(sql`drop table if exists ${ident(old)}`).catch(() => undefined);
  }
  await ready;
  return name;
}

/** As `reasonHoursTable`, for the canonical views as they are now built. */
export function currentHoursTable(engine: Engine, filters: Filters, d: KpiDefinitions): Promise<string> {
  return reasonHoursTable(engine, filters, d, useModelStore.getState().viewsVersion);
}
