import { callsWhere, type KpiDefinitions } from '../../metrics';
import type { Slice } from '../../metrics/predicates';
import { offeredCall } from '../../metrics/kpis';
import { CALLS, REASONS, type Filters } from '../../model';
import { join, sql, type Fragment } from '../../sql';

/** Labels that mean "no real reason": a reason or category called so counts against coverage. */
export const OTHER_LABELS = ['other', 'others', 'misc', 'unknown', '其他', '其它', '未知'] as const;

/**
 * The offered calls under the filters (and any slices), each with `code`: the raw code a reason is known by (a merged
 * code counts under its target, so history re-aggregates) and `uncovered`: the call's reason is unmapped (no code, or
 * a code the mapping lacks while there is a mapping) or "other". Columns otherwise as `canonical.calls`.
 */
export function reasonCallsSql(filters: Filters, d: KpiDefinitions, slices: readonly Slice[] = []): Fragment {
  const others = join(
    OTHER_LABELS.map((label) => sql`${label}`),
    ', ',
  );
  return sql`select f.*, coalesce(r.merged_into, f.reason_code) as code,
      (f.reason_code is null or f.reason is null
        or (r.raw_code is null and exists (select 1 from ${REASONS}))
        or lower(trim(f.reason)) in (${others}) or lower(trim(coalesce(f.reason_category, ''))) in (${others})) as uncovered
    from (select * from ${CALLS} where ${callsWhere(filters, slices)} and ${offeredCall(d)}) f
    left join ${REASONS} r on r.raw_code = f.reason_code`;
}

/** The `with` clause naming the reason calls `rc`. */
export function withReasonCalls(filters: Filters, d: KpiDefinitions, slices: readonly Slice[] = []): Fragment {
  return sql`with rc as (${reasonCallsSql(filters, d, slices)})`;
}
