import type { Cell, QueryResult } from '../../../engine/engine';
import type { ChangeDimension } from './dimensions';
import { cellSum, subtractSums, sumValue, type KpiSum } from './kpi-weight';

export interface DriverCondition {
  readonly dim: ChangeDimension;
  readonly value: string;
}

/** One combination's figures in both periods. */
export interface DriverCell {
  readonly conditions: readonly DriverCondition[];
  readonly test: { readonly calls: number; readonly sum: KpiSum };
  readonly control: { readonly calls: number; readonly sum: KpiSum };
}

/** A scored combination: how much more common it became, how much of the change it carries, how well supported. */
export interface Driver {
  readonly conditions: readonly DriverCondition[];
  readonly callsTest: number;
  readonly callsControl: number;
  /** Its share of the test calls (the support) and of the control calls. */
  readonly shareTest: number;
  readonly shareControl: number;
  /**
   * Risk ratio (MacroBase, with "in the test period" as the outcome): how many times as common the combination is
   * among test calls as among control calls. A combination absent from the control counts half a call there.
   */
  readonly riskRatio: number;
  /** Calls beyond the overall trend: test calls − control calls × (all test calls ÷ all control calls). */
  readonly unexpected: number;
  /** The KPI within the combination in each period (counts: per day). */
  readonly kpiTest: number | null;
  readonly kpiControl: number | null;
  /** How much of the KPI's change goes with it: the change minus the change with its calls left out. */
  readonly contribution: number | null;
  readonly support: number;
  readonly score: number;
}

export interface DriverAnalysis {
  readonly callsTest: number;
  readonly callsControl: number;
  readonly kpiTest: number | null;
  readonly kpiControl: number | null;
  /** kpiTest − kpiControl (counts: per day). */
  readonly change: number | null;
  /** Every combination scored, redundant pairs removed, best first. */
  readonly drivers: readonly Driver[];
}

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Reads `driversSql` into one cell per combination (values NULL in the data are no segment, and are dropped). */
export function readDriverCells(
  result: QueryResult,
  dims: readonly ChangeDimension[],
  additive: boolean,
): { total: DriverCell; cells: DriverCell[] } {
  const all = 2 ** dims.length - 1;
  const byKey = new Map<
    string,
    { conditions: DriverCondition[]; test: DriverCell['test']; control: DriverCell['control'] }
  >();
  const empty = () => ({ calls: 0, sum: { num: 0, weight: 0 } });
  for (const row of result.rows) {
    const gid = num(row.gid);
    const conditions: DriverCondition[] = [];
    let hasNull = false;
    dims.forEach((dim, i) => {
      // grouping(): the first argument is the highest bit; a set bit means "not grouped by it".
      const grouped = (gid & (1 << (dims.length - 1 - i))) === 0;
      if (!grouped) return;
      const v = row[`d${i}`];
      if (v === null || v === undefined) hasNull = true;
      else conditions.push({ dim, value: String(v) });
    });
    if (hasNull) continue;
    const key = gid === all ? '' : JSON.stringify(conditions);
    const entry = byKey.get(key) ?? { conditions, test: empty(), control: empty() };
    const part = {
      calls: num(row.calls),
      sum: cellSum(additive, { value: typeof row.value === 'number' ? row.value : null, weight: num(row.weight) }),
    };
    if (row.is_test === true) entry.test = part;
    else entry.control = part;
    byKey.set(key, entry);
  }
  const total = byKey.get('') ?? { conditions: [], test: empty(), control: empty() };
  byKey.delete('');
  return { total, cells: [...byKey.values()] };
}

export interface DriverOptions {
  readonly additive: boolean;
  /** Days in each period: a count is compared per day. */
  readonly testDays?: number;
  readonly controlDays?: number;
  /** Smallest share of test calls a combination needs (default 1%). */
  readonly minSupport?: number;
}

/**
 * Scores each combination: support (its share of test calls), risk ratio, calls beyond the trend and its part of
 * the KPI's change (leave it out, see what change is left). Score = √support × (|ln risk ratio| + the share of the
 * change it carries, capped at 1): a tiny segment never ranks on its ratio alone (ANALYSES.md §1.3 rule 2).
 */
export function scoreDrivers(total: DriverCell, cells: readonly DriverCell[], options: DriverOptions): DriverAnalysis {
  const { additive } = options;
  const dt = options.testDays ?? 1;
  const dc = options.controlDays ?? 1;
  const value = (s: KpiSum, days: number) => {
    const v = sumValue(additive, s);
    return v === null ? null : additive ? v / days : v;
  };
  const kpiTest = value(total.test.sum, dt);
  const kpiControl = value(total.control.sum, dc);
  const change = kpiTest === null || kpiControl === null ? null : kpiTest - kpiControl;
  const T = total.test.calls;
  const C = total.control.calls;
  const scored = cells.map((cell): Driver => {
    const shareTest = T > 0 ? cell.test.calls / T : 0;
    const shareControl = C > 0 ? cell.control.calls / C : 0;
    const riskRatio = C > 0 && T > 0 ? shareTest / (Math.max(cell.control.calls, 0.5) / C) : 1;
    const unexpected = C > 0 ? cell.test.calls - (cell.control.calls * T) / C : cell.test.calls;
    const restTest = value(subtractSums(total.test.sum, cell.test.sum), dt);
    const restControl = value(subtractSums(total.control.sum, cell.control.sum), dc);
    const contribution =
      change === null || restTest === null || restControl === null ? null : change - (restTest - restControl);
    const carried = change !== null && contribution !== null && Math.abs(change) > 1e-12 ? contribution / change : 0;
    const lift = riskRatio > 0 ? Math.abs(Math.log(riskRatio)) : 0;
    return {
      conditions: cell.conditions,
      callsTest: cell.test.calls,
      callsControl: cell.control.calls,
      shareTest,
      shareControl,
      riskRatio,
      unexpected,
      kpiTest: value(cell.test.sum, dt),
      kpiControl: value(cell.control.sum, dc),
      contribution,
      support: shareTest,
      score: Math.sqrt(shareTest) * (lift + Math.min(1, Math.abs(carried))),
    };
  });
  const minSupport = options.minSupport ?? 0.01;
  const kept = pruneRedundant(scored).filter(
    (d) =>
      d.support >= minSupport &&
      // A combination that is (nearly) the whole test says nothing about it.
      d.support < 0.99 &&
      d.score > 0,
  );
  kept.sort((a, b) => b.score - a.score);
  return { callsTest: T, callsControl: C, kpiTest, kpiControl, change, drivers: kept };
}

const conditionKey = (c: DriverCondition) => `${c.dim}\u0001${c.value}`;

/**
 * Drops a pair that says no more than one of its halves (BigQuery's PRUNE_REDUNDANT_INSIGHTS, ANALYSES.md §1.3 rule
 * 3): a half scoring at least 90% of the pair's score explains it.
 */
export function pruneRedundant(drivers: readonly Driver[]): Driver[] {
  const singles = new Map<string, number>();
  for (const d of drivers) if (d.conditions.length === 1) singles.set(conditionKey(d.conditions[0]!), d.score);
  return drivers.filter((d) => {
    if (d.conditions.length < 2) return true;
    return d.conditions.every((c) => (singles.get(conditionKey(c)) ?? 0) < 0.9 * d.score);
  });
}
