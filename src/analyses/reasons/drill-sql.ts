import { CALLS } from '../../model';
import { sql, type Fragment } from '../../sql';

/**
 * A figure's calls: a predicate over the `canonical.calls` columns (alias-free, or `c.` for the calls themselves)
 * and what to call it. The drill-through grid (analyses/common/drill) takes this shape; until it lands the panel
 * shows the first calls itself.
 */
export interface DrillSlice {
  readonly label: string;
  readonly where: Fragment;
}

/** The calls of a reason (NULL: calls with no reason). */
export function reasonWhere(reason: string | null): Fragment {
  return reason === null ? sql`reason is null` : sql`reason = ${reason}`;
}

/** Calls of reason A whose customer's next contact, within `days` days, was about reason B (NULL: none). */
export function transitionWhere(from: string | null, to: string | null, days: number): Fragment {
  const window = days * 86_400;
  // Censored as the transition table is: only calls whose window ended inside the data.
  const old = sql`started_at <= (select max(started_at) from ${CALLS}) - to_days(cast(${days} as integer))`;
  if (to === null)
    return sql`${reasonWhere(from)} and ${old} and customer_id is not null and (next_any_s is null or next_any_s > ${window})`;
  return sql`${reasonWhere(from)} and ${old} and customer_id is not null and next_any_s <= ${window} and next_reason = ${to}`;
}
