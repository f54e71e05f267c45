import { callsWhere, type KpiDefinitions } from '../../metrics';
import type { Slice } from '../../metrics/predicates';
import { offeredCall } from '../../metrics/kpis';
import { CALLS, REASONS, type Filters } from '../../model';
import { join, sql, type Fragment } from '../../sql';

/** Labels that mean "no real reason": a reason or category called so counts against coverage. */
export const OTHER_LABELS = ['other', 'others', 'misc', 'unknown', '其他', '其它', '未知'] as const;

/** The offered calls under the filters (and any slices), columns as `canonical.calls`. */
export function reasonCallsSql(filters: Filters, d: KpiDefinitions, slices: readonly Slice[] = []): Fragment {
  return sql`select * from ${CALLS} where ${callsWhere(filters, slices)} and ${offeredCall(d)}`;
}

/** The `with` clause naming the reason calls `rc`. */
export function withReasonCalls(filters: Filters, d: KpiDefinitions, slices: readonly Slice[] = []): Fragment {
  return sql`with rc as (${reasonCallsSql(filters, d, slices)})`;
}

/**
 * Rows already aggregated per `reason_code` (and `reason`, `reason_category` where the caller keeps them), aliased
 * `g`, with their mapping row `cm`: codes and coverage are worked out once per group, not once per call.
 */
export function withCodes(grouped: Fragment): Fragment {
  return sql`(select g.*, coalesce(cm.merged_into, g.reason_code) as code from (${grouped}) g
    left join ${REASONS} cm on cm.raw_code = g.reason_code)`;
}

/**
 * Whether a group's calls are uncovered: the reason is unmapped (no code, or a code the mapping lacks while there is
 * a mapping) or "other". Over `g` (with `reason_code`, `reason`, `reason_category`) joined to `cm` as `withCodes`.
 */
export function uncoveredSql(): Fragment {
  const others = join(
    OTHER_LABELS.map((label) => sql`${label}`),
    ', ',
  );
  return sql`(g.reason_code is null or g.reason is null
    or (cm.raw_code is null and exists (select 1 from ${REASONS}))
    or lower(trim(g.reason)) in (${others}) or lower(trim(coalesce(g.reason_category, ''))) in (${others}))`;
}

/** As `withCodes`, plus `uncovered` (see `uncoveredSql`). */
export function withCoverage(grouped: Fragment): Fragment {
  return sql`(select g.*, coalesce(cm.merged_into, g.reason_code) as code, ${uncoveredSql()} as uncovered
    from (${grouped}) g left join ${REASONS} cm on cm.raw_code = g.reason_code)`;
}
