import type { Engine } from '../../engine/engine';
import { ident, sql, type Fragment } from '../../sql';
import { historyCte, kindsSelectCte } from './kinds-sql';
import { customerFileCte, valueSelectCte } from './value-base';
import type { ValueSpec } from './value-spec';

/** FNV-1a of a text, in base 36: a short stable name for what a cache table was made from. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A cache table: its name and the statement that makes it. */
export interface CacheTable {
  readonly name: string;
  readonly create: Fragment;
}

/**
 * The cache tables of a spec: its per-customer values (`v`), then its kinds of customer (`kk`) for an improver
 * reason set, each named after what it was made from; and the spec that reads them. `version` is the canonical
 * views' build: a rebuild makes new tables.
 */
export function valueCachePlan(
  spec: ValueSpec,
  improverReasons: readonly string[],
  version: number,
): { spec: ValueSpec; tables: CacheTable[] } {
  const plain = { ...spec, cache: undefined };
  const file = spec.inputs.customers ? `value_file_${hash(JSON.stringify([version, spec.inputs, spec.rates]))}` : null;
  const customers = `value_customers_${hash(JSON.stringify([file, version, spec.filters, spec.rates, spec.inputs, spec.settings.tierDays]))}`;
  const s = spec.settings;
  const kindsKey = [customers, improverReasons, s.sustainedPeriods, s.sustainedMin, s.newDays];
  const kinds = `value_kinds_${hash(JSON.stringify([...kindsKey, s.lowSatisfaction, s.comebackDays, s.improverMinContacts, s.improverMinShare]))}`;
  const onFile = { ...spec, cache: { file, customers: '', kinds: null } };
  const history = `value_history_${hash(JSON.stringify([version, spec.inputs, improverReasons, s.sustainedPeriods]))}`;
  const onCustomers = { ...spec, cache: { file, customers, history, kinds: null } };
  const fileTable = file
    ? [
        {
          name: file,
          create: sql`create or replace temp table ${ident(file)} as with ${customerFileCte(plain)} select * from fb`,
        },
      ]
    : [];
  return {
    spec: { ...spec, cache: { file, customers, history, kinds } },
    tables: [
      ...fileTable,
      {
        name: history,
        create: sql`create or replace temp table ${ident(history)} as with ${historyCte(plain, improverReasons)} select * from kh`,
      },
      {
        name: customers,
        create: sql`create or replace temp table ${ident(customers)} as with ${valueSelectCte(onFile)} select * from v`,
      },
      {
        name: kinds,
        create: sql`create or replace temp table ${ident(kinds)} as
          with ${kindsSelectCte(onCustomers, improverReasons)} select * from kk`,
      },
    ],
  };
}

// Each cache holds one row per customer (100k customers: about 10 MB); the last few stay for queries in flight.
const KEEP = 6;
const made = new WeakMap<Engine, string[]>();

/**
 * Makes the spec's cache tables once (computing the per-customer values from 1M calls in each of the panel's
 * queries took 0.3–1.8 s each) and returns the spec that reads them.
 */
export async function cachedSpec(
  engine: Engine,
  spec: ValueSpec,
  improverReasons: readonly string[],
  version: number,
): Promise<ValueSpec> {
  const plan = valueCachePlan(spec, improverReasons, version);
  const list = made.get(engine) ?? [];
  made.set(engine, list);
  for (const table of plan.tables) {
    if (list.includes(table.name)) continue;
    await engine.query(table.create);
    list.push(table.name);
  }
  while (list.length > KEEP) await engine.query(sql`drop table if exists ${ident(list.shift()!)}`);
  return plan.spec;
}
