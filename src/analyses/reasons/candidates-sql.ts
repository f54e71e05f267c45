import type { KpiDefinitions } from '../../metrics';
import { dayRangeSql, type DayRange } from '../../metrics/predicates';
import type { Filters } from '../../model';
import { join, sql, type Fragment } from '../../sql';
import { withCoverage, withReasonCalls } from './base-sql';

/** English words too common to name a reason. */
export const STOP_WORDS = [
  'the',
  'and',
  'for',
  'with',
  'was',
  'were',
  'has',
  'had',
  'have',
  'his',
  'her',
  'she',
  'him',
  'they',
  'them',
  'that',
  'this',
  'from',
  'not',
  'but',
  'are',
  'you',
  'your',
  'our',
  'out',
  'all',
  'any',
  'can',
  'did',
  'about',
  'customer',
  'caller',
  'called',
  'asked',
  'said',
  'told',
  'will',
  'would',
  'again',
  'into',
  'then',
  'than',
] as const;

/**
 * Terms in the notes of calls whose reason is unmapped or "other": English words (3+ letters, lower-cased, stop words
 * out) and Chinese character bigrams (each pair of neighbouring Han characters). Per term: calls in the recent and
 * baseline windows (a call counts once per term) and the windows' uncovered calls with notes.
 */
export function candidatesSql(
  filters: Filters,
  d: KpiDefinitions,
  recent: DayRange,
  baseline: DayRange | null,
): Fragment {
  const base = baseline ? dayRangeSql(baseline) : sql`false`;
  const stop = join(
    STOP_WORDS.map((w) => sql`${w}`),
    ', ',
  );
  // Coverage is judged only for the calls with notes in the windows. `u` is read four times: materialised, or the
  // browser engine (which inlines CTEs) scans and judges the calls four times over.
  const noted = sql`select reason_code, reason, reason_category, notes, ${dayRangeSql(recent)} as is_recent,
      ${base} as is_base from rc where notes is not null and (${dayRangeSql(recent)} or ${base})`;
  return sql`${withReasonCalls(filters, d)},
    u as materialized (select row_number() over () as id, notes, is_recent, is_base from ${withCoverage(noted)} where uncovered),
    words as (select id, unnest(regexp_extract_all(lower(notes), '[a-z][a-z''-]{2,}')) as term from u),
    runs as (select id, unnest(regexp_extract_all(notes, '\\p{Han}{2,}')) as run from u),
    bigrams as (select id, substr(run, i, 2) as term from (select id, run, unnest(range(1, length(run))) as i from runs)),
    terms as (select distinct id, term from words where term not in (${stop})
      union select distinct id, term from bigrams)
    select term,
      cast(count(*) filter (where u.is_recent) as double) as x1,
      cast(count(*) filter (where u.is_base) as double) as x0,
      (select cast(count(*) filter (where is_recent) as double) from u) as n1,
      (select cast(count(*) filter (where is_base) as double) from u) as n0
    from terms join u using (id)
    group by term having count(*) >= 3
    order by x1 desc, term limit 200`;
}
