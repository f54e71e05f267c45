import type { Cell, QueryResult } from '../../engine/engine';
import type { CallRole, KpiSettings } from '../../model';

/** The sums of one period, as `kpiSql` returns them. */
export interface PeriodSums {
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly withinSl: number;
  readonly waitSum: number;
  readonly handleSum: number;
  readonly resolved: number;
  readonly repeatSame: number;
  readonly repeatAny: number;
  /** Calls of identified customers old enough to show a repeat within the window: the repeat rate's denominator. */
  readonly repeatBase: number;
}

export const EMPTY_SUMS: PeriodSums = {
  offered: 0,
  answered: 0,
  abandoned: 0,
  withinSl: 0,
  waitSum: 0,
  handleSum: 0,
  resolved: 0,
  repeatSame: 0,
  repeatAny: 0,
  repeatBase: 0,
};

export const KPI_IDS = [
  'offered',
  'answerRate',
  'abandonRate',
  'serviceLevel',
  'asa',
  'aht',
  'resolution',
  'repeatRate',
  'costPerContact',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** How a KPI's value reads: a count, a share (0–1), seconds, or money. */
export const KPI_FORMAT: Record<KpiId, 'count' | 'share' | 'seconds' | 'money'> = {
  offered: 'count',
  answerRate: 'share',
  abandonRate: 'share',
  serviceLevel: 'share',
  asa: 'seconds',
  aht: 'seconds',
  resolution: 'share',
  repeatRate: 'share',
  costPerContact: 'money',
};

/** The roles a KPI needs beyond `started_at` and `answered`. */
export const KPI_NEEDS: Record<KpiId, readonly (CallRole | 'cost')[]> = {
  offered: [],
  answerRate: [],
  abandonRate: [],
  serviceLevel: ['wait_s'],
  asa: ['wait_s'],
  aht: ['handle_s'],
  resolution: ['resolved'],
  repeatRate: ['customer_id', 'reason'],
  costPerContact: ['cost'],
};

export interface OverviewSums {
  readonly current: PeriodSums;
  readonly previous: PeriodSums;
  /** The current and previous ranges, `YYYY-MM-DD`, inclusive; null when there are no calls at all. */
  readonly range: {
    readonly from: string;
    readonly to: string;
    readonly previousFrom: string;
    readonly previousTo: string;
  } | null;
}

const num = (v: Cell | undefined): number => (typeof v === 'number' ? v : 0);
const day = (v: Cell | undefined): string => (v instanceof Date ? v.toISOString().slice(0, 10) : '');

/** Reads `kpiSql`'s rows into the two periods' sums (a period without calls reads as zeros). */
export function readSums(result: QueryResult): OverviewSums {
  const byPeriod = new Map(result.rows.map((r) => [r.period, r]));
  const sums = (r: Record<string, Cell> | undefined): PeriodSums =>
    r
      ? {
          offered: num(r.offered),
          answered: num(r.answered),
          abandoned: num(r.abandoned),
          withinSl: num(r.within_sl),
          waitSum: num(r.wait_sum),
          handleSum: num(r.handle_sum),
          resolved: num(r.resolved),
          repeatSame: num(r.repeat_same),
          repeatAny: num(r.repeat_any),
          repeatBase: num(r.repeat_base),
        }
      : EMPTY_SUMS;
  const any = result.rows[0];
  const range =
    any && any.d0 instanceof Date && any.d1 instanceof Date && any.p0 instanceof Date
      ? {
          from: day(any.d0),
          to: day(any.d1),
          previousFrom: day(any.p0),
          previousTo: day(new Date(any.d0.getTime() - 86_400_000)),
        }
      : null;
  return { current: sums(byPeriod.get('current')), previous: sums(byPeriod.get('previous')), range };
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Every KPI of one period (DOMAIN.md §2); null where its denominator is zero or its cost is not set. */
export function kpiValues(s: PeriodSums, settings: KpiSettings): Record<KpiId, number | null> {
  let cost: number | null = null;
  if (settings.costPerMinute !== null) cost = (s.handleSum / 60) * settings.costPerMinute;
  else if (settings.costPerContact !== null) cost = s.offered * settings.costPerContact;
  return {
    offered: s.offered,
    answerRate: ratio(s.answered, s.offered),
    abandonRate: ratio(s.abandoned, s.offered),
    serviceLevel: ratio(s.withinSl, s.offered),
    asa: ratio(s.waitSum, s.answered),
    aht: ratio(s.handleSum, s.answered),
    resolution: ratio(s.resolved, s.answered),
    repeatRate: ratio(s.repeatSame, s.repeatBase),
    costPerContact: cost === null ? null : ratio(cost, s.answered),
  };
}

/** Roles (or the cost setting) a KPI still lacks under the given mapping; empty when it can be shown. */
export function missingFor(id: KpiId, available: ReadonlySet<string>, settings: KpiSettings): (CallRole | 'cost')[] {
  return KPI_NEEDS[id].filter((need) => {
    if (need === 'cost') {
      if (settings.costPerMinute !== null) return !available.has('handle_s');
      return settings.costPerContact === null;
    }
    return !available.has(need);
  });
}
