import { CALLS, type CallRole } from '../model';
import { raw, sql, type Fragment } from '../sql';
import type { KpiDefinitions } from './definitions';

/**
 * Every KPI of DOMAIN.md §2 as one aggregate expression over `canonical.calls` columns (alias-free), so it works
 * under any GROUP BY: by period, day, hour, reason, segment… Each returns NULL where its denominator is zero.
 */
export const KPI_IDS = [
  'offered',
  'answered',
  'abandoned',
  'answer_rate',
  'abandon_rate',
  'service_level',
  'asa_s',
  'aht_s',
  'resolution_rate',
  'repeat_rate',
  'repeat_rate_any',
  'cost_per_contact',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** How a value reads: a count, a share (0–1), seconds, or money. */
export type KpiFormat = 'count' | 'share' | 'seconds' | 'money';

export interface KpiMeta {
  readonly format: KpiFormat;
  /** Whether a rise is good news (colours a change); null when neither (volume). */
  readonly upIsGood: boolean | null;
  /** Roles it needs beyond `started_at` and `answered`; `cost` is a definition (cost per minute or per call). */
  readonly needs: readonly (CallRole | 'cost')[];
}

export const KPI_META: Record<KpiId, KpiMeta> = {
  offered: { format: 'count', upIsGood: null, needs: [] },
  answered: { format: 'count', upIsGood: null, needs: [] },
  abandoned: { format: 'count', upIsGood: false, needs: [] },
  answer_rate: { format: 'share', upIsGood: true, needs: [] },
  abandon_rate: { format: 'share', upIsGood: false, needs: [] },
  service_level: { format: 'share', upIsGood: true, needs: ['wait_s'] },
  asa_s: { format: 'seconds', upIsGood: false, needs: ['wait_s'] },
  aht_s: { format: 'seconds', upIsGood: null, needs: ['handle_s'] },
  resolution_rate: { format: 'share', upIsGood: true, needs: ['resolved'] },
  repeat_rate: { format: 'share', upIsGood: false, needs: ['customer_id', 'reason'] },
  repeat_rate_any: { format: 'share', upIsGood: false, needs: ['customer_id'] },
  cost_per_contact: { format: 'money', upIsGood: false, needs: ['cost'] },
};

/** Whether a call is offered: answered, or abandoned after the short-abandon threshold. */
export function offeredCall(d: KpiDefinitions): Fragment {
  return sql`(answered or coalesce(wait_s, 0) >= ${d.shortAbandonSeconds})`;
}

/**
 * Calls whose repeat window ended inside the data: started at least N days before the last call of all. Later calls
 * cannot be followed up yet (right-censored), so they are out of the repeat rate's denominator and numerator.
 */
export function repeatBase(d: KpiDefinitions): Fragment {
  return sql`customer_id is not null and ${offeredCall(d)}
    and started_at <= (select max(started_at) from ${CALLS}) - to_days(cast(${d.repeatDays} as integer))`;
}

const ratio = (top: Fragment, bottom: Fragment): Fragment => sql`(${top}) / nullif(${bottom}, 0)`;

/** The aggregate expression of one KPI. */
export function kpiSql(id: KpiId, d: KpiDefinitions): Fragment {
  const offered = sql`count(*) filter (where ${offeredCall(d)})`;
  const answered = sql`count(*) filter (where answered)`;
  const abandoned = sql`count(*) filter (where not answered and ${offeredCall(d)})`;
  const window = d.repeatDays * 86_400;
  switch (id) {
    case 'offered':
      return offered;
    case 'answered':
      return answered;
    case 'abandoned':
      return abandoned;
    case 'answer_rate':
      return ratio(answered, offered);
    case 'abandon_rate':
      return ratio(abandoned, offered);
    case 'service_level':
      return ratio(sql`count(*) filter (where answered and wait_s <= ${d.serviceLevelSeconds})`, offered);
    case 'asa_s':
      return ratio(sql`sum(wait_s) filter (where answered)`, answered);
    case 'aht_s':
      return ratio(sql`sum(handle_s) filter (where answered)`, answered);
    case 'resolution_rate':
      return ratio(sql`count(*) filter (where answered and resolved)`, answered);
    case 'repeat_rate':
    case 'repeat_rate_any': {
      const gap = raw(id === 'repeat_rate' ? 'next_same_s' : 'next_any_s');
      const base = repeatBase(d);
      return ratio(sql`count(*) filter (where ${base} and ${gap} <= ${window})`, sql`count(*) filter (where ${base})`);
    }
    case 'cost_per_contact':
      if (d.costPerMinute !== null)
        return ratio(sql`coalesce(sum(handle_s) filter (where answered), 0) / 60.0 * ${d.costPerMinute}`, answered);
      if (d.costPerOfferedCall !== null) return ratio(sql`${offered} * ${d.costPerOfferedCall}`, answered);
      return sql`cast(null as double)`;
  }
}

/** The KPIs as select items named by their ids, e.g. `… as "answer_rate"`. */
export function kpiColumns(ids: readonly KpiId[], d: KpiDefinitions): Fragment[] {
  return ids.map((id) => sql`cast(${kpiSql(id, d)} as double) as ${raw(id)}`);
}

/** What a KPI still lacks under the roles the calls carry and the definitions; empty when it can be shown. */
export function kpiMissing(id: KpiId, available: ReadonlySet<string>, d: KpiDefinitions): (CallRole | 'cost')[] {
  return KPI_META[id].needs.filter((need) => {
    if (need !== 'cost') return !available.has(need);
    if (d.costPerMinute !== null) return !available.has('handle_s');
    return d.costPerOfferedCall === null;
  });
}
