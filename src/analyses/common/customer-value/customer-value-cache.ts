import type { Engine } from '../../../engine/engine';
import { ident, sql, type Fragment } from '../../../sql';
import type { CustomerValueSpec } from './customer-value-spec';
import { customerFileCte, valueSelectCte } from './customer-value-sql';

/** FNV-1a of a text, in base 36: a short stable name for what a cache table was made from. */
export function cacheHash(text: string): string {
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
 * The cache tables of a spec's per-customer values: the customer file with its periods' sums (no filter changes
 * it), then `v` under the filters, each named after what it was made from; and the spec that reads them.
 * `version` is the canonical views' build: a rebuild makes new tables.
 */
export function customerValuePlan<S extends CustomerValueSpec>(
  spec: S,
  version: number,
): { spec: S; tables: CacheTable[] } {
  const plain = { ...spec, cache: undefined };
  const file = spec.inputs.customers
    ? `value_file_${cacheHash(JSON.stringify([version, spec.inputs, spec.rates]))}`
    : null;
  const key = [file, version, spec.filters, spec.rates, spec.inputs, spec.settings.tierDays];
  const customers = `value_customers_${cacheHash(JSON.stringify(key))}`;
  const onFile = { ...spec, cache: { file, customers: '' } };
  const fileTable = file
    ? [
        {
          name: file,
          create: sql`create or replace temp table ${ident(file)} as with ${customerFileCte(plain)} select * from fb`,
        },
      ]
    : [];
  return {
    spec: { ...spec, cache: { file, customers } },
    tables: [
      ...fileTable,
      {
        name: customers,
        create: sql`create or replace temp table ${ident(customers)} as with ${valueSelectCte(onFile)} select * from v`,
      },
    ],
  };
}

// Each cache holds one row per customer (100k customers: about 10 MB); the most recently used few stay.
const KEEP = 8;
const made = new WeakMap<Engine, string[]>();

/** Makes the tables not made yet (most recently used last) and drops the least recently used beyond a few. */
export async function makeCacheTables(engine: Engine, tables: readonly CacheTable[]): Promise<void> {
  const list = made.get(engine) ?? [];
  made.set(engine, list);
  for (const table of tables) {
    const at = list.indexOf(table.name);
    if (at >= 0) list.splice(at, 1);
    else await engine.query(table.create);
    list.push(table.name);
  }
  while (list.length > KEEP) await engine.query(sql`drop table if exists ${ident(list.shift()!)}`);
}

/**
 * The spec reading its per-customer values from cache tables made once (computing them from 1M calls in every
 * query took 0.3–1.8 s each): pass the result to `customerValueSql` or any `valueCte` reader.
 */
export async function cachedCustomerValue<S extends CustomerValueSpec>(
  engine: Engine,
  spec: S,
  version: number,
): Promise<S> {
  const plan = customerValuePlan(spec, version);
  await makeCacheTables(engine, plan.tables);
  return plan.spec;
}
