import type { Cell, QueryResult } from '../../engine/engine';
import type { MessageParams } from '../../i18n';
import type { Finding } from '../common/findings/finding';
import { bhQ, confidence, shareTest, type Confidence, type ShareTest } from './stats';
import { addDays } from '../../metrics/predicates';
import type { Windows } from './window-sql';

export type Say = (key: string, params?: MessageParams) => string;

const num = (v: Cell | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const text = (v: Cell | undefined): string | null => (typeof v === 'string' ? v : null);

/** One reason's counts in both windows and its test. */
export interface ReasonTrend {
  readonly reason: string | null;
  readonly code: string | null;
  readonly x1: number;
  readonly x0: number;
  readonly total: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly status: string | null;
  readonly validTo: string | null;
  readonly test: ShareTest | null;
  /** Benjamini–Hochberg q across every reason tested; 1 when untested. */
  readonly q: number;
  readonly confidence: Confidence;
}

export interface EmergingResult {
  readonly windows: Windows;
  readonly n1: number;
  readonly n0: number;
  readonly reasons: readonly ReasonTrend[];
}

/** Reads `emergingSql`: tests each reason's share, recent against baseline, with q-values across reasons. */
export function readEmerging(result: QueryResult, windows: Windows): EmergingResult {
  const rows = result.rows;
  const n1 = rows.reduce((s, r) => s + num(r.x1), 0);
  const n0 = rows.reduce((s, r) => s + num(r.x0), 0);
  const tests = rows.map((r) => shareTest(num(r.x1), n1, num(r.x0), n0));
  const tested = tests.flatMap((t, i) => (t ? [{ i, p: t.p }] : []));
  const qs = bhQ(tested.map((t) => t.p));
  const qOf = new Map(tested.map((t, k) => [t.i, qs[k]!]));
  const reasons = rows.map((r, i): ReasonTrend => {
    const q = qOf.get(i) ?? 1;
    return {
      reason: text(r.reason),
      code: text(r.code),
      x1: num(r.x1),
      x0: num(r.x0),
      total: num(r.total),
      firstSeen: text(r.first_seen) ?? '',
      lastSeen: text(r.last_seen) ?? '',
      status: text(r.status),
      validTo: text(r.valid_to),
      test: tests[i] ?? null,
      q,
      confidence: confidence(q),
    };
  });
  return { windows, n1, n0, reasons };
}

/** The flagging rule of ANALYSES.md §3.2: q < 0.05, CI beyond 1.2 (or 1 ÷ 1.2), |Δ share| ≥ 0.5 pt, ≥ 20 calls. */
export const RULE = { q: 0.05, rr: 1.2, delta: 0.005, min: 20, newMin: 5 } as const;

function rising(r: ReasonTrend): boolean {
  const t = r.test;
  return !!t && r.q < RULE.q && t.low > RULE.rr && t.share1 - t.share0 >= RULE.delta && r.x1 >= RULE.min;
}

function falling(r: ReasonTrend): boolean {
  const t = r.test;
  return !!t && r.q < RULE.q && t.high < 1 / RULE.rr && t.share0 - t.share1 >= RULE.delta && r.x0 >= RULE.min;
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

/**
 * Emerging reasons (new since after the first recent-window length of the span with at least 5 calls, or rising by
 * the rule) and disappearing ones (none since before the recent window after at least 5, or falling by the rule),
 * each a finding whose sentence gives its evidence.
 */
export function emergingFindings(e: EmergingResult, say: Say): Finding[] {
  const { windows: w } = e;
  const recentDays = Math.round((Date.parse(w.recent.to) - Date.parse(w.recent.from)) / 86_400_000) + 1;
  const newAfter = addDays(w.span.from, recentDays);
  const out: Finding[] = [];
  for (const r of e.reasons) {
    if (r.reason === null) continue;
    const label = r.reason;
    const name = r.code && r.code !== label ? `${label}（${r.code}）` : label;
    const t = r.test;
    const words = say(`reasons.confidence.${r.confidence}`);
    const evidence = t
      ? say('reasons.evidence', {
          share1: pct(t.share1),
          share0: pct(t.share0),
          rr: t.rr.toFixed(1),
          low: t.low.toFixed(1),
          high: t.high.toFixed(1),
          x1: r.x1,
          confidence: words,
        })
      : '';
    const base = { dimension: 'reason', kpi: 'share', segment: r.code ?? label, label };
    const effect = t ? t.share1 - t.share0 : undefined;
    const isNew = r.firstSeen > newAfter && r.total >= RULE.newMin && r.x1 > 0;
    if (isNew || rising(r))
      out.push({
        kind: 'emerging',
        ...base,
        period: isNew ? `${r.firstSeen}/${w.span.to}` : `${w.recent.from}/${w.recent.to}`,
        ...(effect === undefined ? {} : { effect }),
        support: r.x1,
        sentence: say(isNew ? 'reasons.finding.new' : 'reasons.finding.rising', {
          name,
          first: r.firstSeen,
          evidence,
        }),
      });
    const gone = r.lastSeen < w.recent.from && r.total >= RULE.newMin;
    if (gone || falling(r)) {
      const retired = r.status && r.validTo ? say('reasons.finding.retiredNote', { validTo: r.validTo }) : '';
      out.push({
        kind: 'disappearing',
        ...base,
        period: gone ? `${r.firstSeen}/${r.lastSeen}` : `${w.recent.from}/${w.recent.to}`,
        ...(effect === undefined ? {} : { effect }),
        support: gone ? r.total : r.x0,
        sentence: say(gone ? 'reasons.finding.gone' : 'reasons.finding.falling', {
          name,
          last: r.lastSeen,
          total: r.total,
          evidence,
          retired,
        }),
      });
    }
  }
  return out;
}
