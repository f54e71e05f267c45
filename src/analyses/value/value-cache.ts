import type { Engine } from '../../engine/engine';
import { ident, sql } from '../../sql';
import {
  cacheHash,
  customerBuildPlan,
  makeCacheTables,
  type CacheTable,
} from '../common/customer-value/customer-value-cache';
import { historyCte, kindsSelectCte } from './kinds-sql';
import { lifetimeSelectSql, showsEveryCustomer } from './lifetime-sql';
import type { ValueSpec } from './value-spec';

/**
 * The cache tables of a spec and the spec that reads them. Once per build of the views (`version`): the customer
 * file, every caller's totals, each customer's unfiltered history and, when every customer is on screen, the
 * lifetime summary. Once per filter state and settings: one base table holding `v` and the kinds of customer
 * (`kk`), which every query of the panel reads (as `v` and as `kk`).
 */
export function valueCachePlan(
  spec: ValueSpec,
  improverReasons: readonly string[],
  version: number,
): { spec: ValueSpec; tables: CacheTable[] } {
  const plain = { ...spec, cache: undefined };
  const build = customerBuildPlan(spec, version);
  const s = spec.settings;
  const history = `value_history_${cacheHash(JSON.stringify([version, spec.inputs, improverReasons, s.sustainedPeriods]))}`;
  const onBuild = { ...spec, cache: { ...build.spec.cache, history } };
  const baseKey = [onBuild.cache, version, spec.filters, spec.rates, spec.inputs, s.tierDays, improverReasons];
  const kindsKey = [s.sustainedMin, s.newDays, s.lowSatisfaction, s.comebackDays];
  const base = `value_base_${cacheHash(JSON.stringify([...baseKey, ...kindsKey, s.improverMinContacts, s.improverMinShare]))}`;
  const lifetime =
    spec.inputs.periods && showsEveryCustomer(spec) ? `value_lifetime_${cacheHash(String(version))}` : null;
  const tables: CacheTable[] = [
    ...build.tables,
    {
      name: history,
      create: sql`create or replace temp table ${ident(history)} as with ${historyCte(plain, improverReasons)} select * from kh`,
    },
    {
      name: base,
      create: sql`create or replace temp table ${ident(base)} as
          with ${kindsSelectCte(onBuild, improverReasons)} select * from kk`,
    },
  ];
  if (lifetime)
    tables.push({
      name: lifetime,
      create: sql`create or replace temp table ${ident(lifetime)} as ${lifetimeSelectSql(onBuild)}`,
    });
  return { spec: { ...spec, cache: { ...onBuild.cache, customers: base, kinds: base, lifetime } }, tables };
}

/** Makes the spec's cache tables once and returns the spec that reads them. */
export async function cachedSpec(
  engine: Engine,
  spec: ValueSpec,
  improverReasons: readonly string[],
  version: number,
): Promise<ValueSpec> {
  const plan = valueCachePlan(spec, improverReasons, version);
  await makeCacheTables(engine, plan.tables);
  return plan.spec;
}
