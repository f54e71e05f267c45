import type { Cell, Engine } from '../engine/engine';
import { sql, type Fragment } from '../sql';
import { sourceTable, text } from './expressions';
import type { CallsMapping } from './mapping';
import type { TableProfile } from './profile';

const num = (v: Cell | undefined) => (typeof v === 'number' ? v : 0);

/** Mapped roles whose column may complete a call id (an id restarting per line); unmapped columns may too. */
const COMPANION_ROLES = new Set(['business_line', 'channel']);

/** How many rows the id column, alone or with `companion`, names more than once (whole repeated rows aside). */
async function repeats(engine: Engine, table: string, id: string, companion?: string): Promise<number> {
  const key = companion ? sql`${text(companion)}, ${text(id)}` : text(id);
  const count = async (from: Fragment) =>
    num(
      (
        await engine.query(
          sql`select count(*) - count(distinct (${key})) as repeated from ${from} where ${text(id)} is not null`,
        )
      ).rows[0]?.repeated,
    );
  // Most ids are unique outright; only when they are not are whole repeated rows set aside, which costs a pass.
  const plain = await count(sourceTable(table));
  return plain === 0 ? 0 : count(sql`(select distinct * from ${sourceTable(table)})`);
}

/**
 * Keeps a proposed call id only when it names each call once, alone or together with another column (an id that
 * restarts on each line or each day): then the composite id is proposed. An id that repeats either way is dropped
 * from the proposal, since counting it once would drop calls that differ.
 */
export async function refineCallId(
  engine: Engine,
  calls: CallsMapping,
  profile: TableProfile | undefined,
): Promise<CallsMapping> {
  const id = calls.columns.call_id;
  if (!id) return calls;
  if ((await repeats(engine, calls.table, id)) === 0) return calls;
  const roleOf = new Map(Object.entries(calls.columns).map(([role, column]) => [column, role]));
  const candidates = (profile?.columns ?? [])
    .filter(
      (c) =>
        c.name !== id &&
        c.name !== calls.timeColumn &&
        (!roleOf.has(c.name) || COMPANION_ROLES.has(roleOf.get(c.name)!)),
    )
    .filter((c) => c.timestamp < 0.5 && c.nonEmpty > 0)
    .sort((a, b) => a.distinct - b.distinct);
  for (const candidate of candidates) {
    if ((await repeats(engine, calls.table, id, candidate.name)) === 0) return { ...calls, callIdWith: candidate.name };
  }
  const columns = { ...calls.columns };
  delete columns.call_id;
  return { ...calls, columns, callIdWith: undefined };
}

/** Customer id values that stand for "no customer" in exports. */
const ANONYMOUS_WORDS = new Set([
  '0',
  '-1',
  '00000000',
  'anonymous',
  'anon',
  'unknown',
  'none',
  'null',
  'n/a',
  'na',
  '-',
  'private',
  'withheld',
  '匿名',
  '未知',
  '无',
  '空',
]);

/** One id holding at least this share of the calls, in a table with many callers, is not one customer. */
export const IMPLAUSIBLE_SHARE = 0.05;

/** The customer id values of a calls table that look anonymous: placeholder words, or one id with an implausible share. */
export async function detectAnonymousIds(engine: Engine, calls: CallsMapping): Promise<string[]> {
  const id = calls.columns.customer_id;
  if (!id) return [];
  const result =
    await engine.query(sql`with ids as (select ${text(id)} as v, count(*) as n from ${sourceTable(calls.table)}
      where ${text(id)} is not null group by 1)
    select v, n, sum(n) over () as total, count(*) over () as distinct_ids from ids order by n desc limit 20`);
  return result.rows
    .filter((r) => {
      const value = String(r.v);
      if (ANONYMOUS_WORDS.has(value.trim().toLowerCase()) || /^0+$/.test(value.trim())) return true;
      return num(r.distinct_ids) >= 50 && num(r.n) >= IMPLAUSIBLE_SHARE * num(r.total);
    })
    .map((r) => String(r.v));
}
