import type { Engine } from '../../engine/engine';
import { ident, sql } from '../../sql';
import {
  cacheHash,
  customerValuePlan,
  makeCacheTables,
  type CacheTable,
} from '../common/customer-value/customer-value-cache';
import { historyCte, kindsSelectCte } from './kinds-sql';
import type { ValueSpec } from './value-spec';

/**
 * The cache tables of a spec: its customer file and per-customer values (`v`, shared with other analyses), each
 * customer's unfiltered history, then its kinds of customer (`kk`) for an improver reason set, each named after
 * what it was made from; and the spec that reads them. `version` is the canonical views' build.
 */
export function valueCachePlan(
  spec: ValueSpec,
  improverReasons: readonly string[],
  version: number,
): { spec: ValueSpec; tables: CacheTable[] } {
  const plain = { ...spec, cache: undefined };
  const base = customerValuePlan(spec, version);
  const { file, customers } = base.spec.cache!;
  const s = spec.settings;
  const kindsKey = [customers, improverReasons, s.sustainedPeriods, s.sustainedMin, s.newDays];
  const kinds = `value_kinds_${cacheHash(JSON.stringify([...kindsKey, s.lowSatisfaction, s.comebackDays, s.improverMinContacts, s.improverMinShare]))}`;
  const history = `value_history_${cacheHash(JSON.stringify([version, spec.inputs, improverReasons, s.sustainedPeriods]))}`;
  const onCustomers = { ...spec, cache: { file, customers, history, kinds: null } };
  const [fileTable, customersTable] = base.tables.length === 2 ? base.tables : [null, base.tables[0]!];
  return {
    spec: { ...spec, cache: { file, customers, history, kinds } },
    tables: [
      ...(fileTable ? [fileTable] : []),
      {
        name: history,
        create: sql`create or replace temp table ${ident(history)} as with ${historyCte(plain, improverReasons)} select * from kh`,
      },
      customersTable!,
      {
        name: kinds,
        create: sql`create or replace temp table ${ident(kinds)} as
          with ${kindsSelectCte(onCustomers, improverReasons)} select * from kk`,
      },
    ],
  };
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
