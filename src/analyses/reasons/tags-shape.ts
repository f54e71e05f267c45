import type { Cell, QueryResult } from '../../engine/engine';
import type { Finding } from '../common/findings/finding';
import type { Say } from './emerging-shape';
import type { TagRule } from './tags-sql';

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export interface TagCounts {
  readonly rule: TagRule;
  readonly total: number;
  /** Per month `YYYY-MM`, in order. */
  readonly months: readonly { readonly month: string; readonly n: number; readonly calls: number }[];
}

/** Reads `tagsSql`: each rule's calls per month. */
export function readTags(result: QueryResult, rules: readonly TagRule[]): TagCounts[] {
  return rules.map((rule, i) => {
    const months = result.rows.map((r) => ({ month: String(r.month), n: num(r[`t${i}`]), calls: num(r.calls) }));
    return { rule, total: months.reduce((s, m) => s + m.n, 0), months };
  });
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * A tag finding for each rule whose busiest month stands out: at least 10 calls and at least twice the median of
 * the other months. Its effect is the peak month's calls over that median.
 */
export function tagFindings(tags: readonly TagCounts[], say: Say): Finding[] {
  const out: Finding[] = [];
  for (const tag of tags) {
    if (tag.months.length < 2) continue;
    const peak = tag.months.reduce((a, b) => (b.n > a.n ? b : a));
    const usual = median(tag.months.filter((m) => m !== peak).map((m) => m.n));
    if (peak.n < 10 || peak.n < 2 * usual) continue;
    out.push({
      kind: 'tag',
      dimension: 'notes',
      segment: tag.rule.name,
      period: peak.month,
      effect: peak.n - usual,
      support: peak.n,
      sentence: say('reasons.finding.tag', {
        name: tag.rule.name,
        month: peak.month,
        n: peak.n,
        usual: usual.toFixed(0),
        ratio: usual > 0 ? (peak.n / usual).toFixed(1) : '∞',
      }),
    });
  }
  return out;
}
