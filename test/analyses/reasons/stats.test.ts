import { describe, expect, it } from 'vitest';
import { kitagawaByReason } from '../../../src/analyses/reasons/contribution-shape';
import { funnel } from '../../../src/analyses/reasons/funnel';
import { bhQ, confidence, normalCdf, shareTest } from '../../../src/analyses/reasons/stats';
import { whatIf } from '../../../src/analyses/reasons/what-if-shape';
import type { ReasonRow } from '../../../src/analyses/reasons/matrix-shape';

describe('the emerging-reason test', () => {
  it('gives the normal CDF', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });

  it('computes a rate ratio with its 95% CI and the two-proportion p', () => {
    const t = shareTest(30, 100, 10, 100)!;
    // share 0.3 vs 0.1 → RR 3; se(log RR) = √(1/30 − 1/100 + 1/10 − 1/100) = √0.113333 = 0.336650;
    // CI = 3 · exp(±1.959964 · 0.336650) = 3 · exp(±0.659822) = 1.5508 … 5.8035.
    expect(t.rr).toBeCloseTo(3, 10);
    expect(t.low).toBeCloseTo(1.5508, 3);
    expect(t.high).toBeCloseTo(5.8035, 3);
    // pooled 0.2; se = √(0.2 · 0.8 · (1/100 + 1/100)) = 0.0565685; z = 0.2 / 0.0565685 = 3.53553;
    // p = 2 · (1 − Φ(3.53553)) = 0.000407.
    expect(t.p).toBeCloseTo(0.000407, 5);
  });

  it('adds 0.5 to every cell when a count is 0 (a new reason)', () => {
    const t = shareTest(12, 100, 0, 300)!;
    // (12.5 / 101) / (0.5 / 301) = 0.123762 / 0.001661 = 74.50
    expect(t.rr).toBeCloseTo(12.5 / 101 / (0.5 / 301), 8);
    expect(t.share0).toBe(0);
  });

  it('gives Benjamini–Hochberg q-values in the input order', () => {
    // Sorted p: 0.01 (rank 1), 0.03 (2), 0.04 (3), 0.20 (4); p·m/rank with m = 4: 0.04, 0.06, 0.0533, 0.20;
    // running minimum from the largest rank down: 0.20, 0.0533, 0.0533, 0.04.
    const q = bhQ([0.01, 0.04, 0.03, 0.2]);
    expect(q[0]).toBeCloseTo(0.04);
    expect(q[1]).toBeCloseTo(0.16 / 3);
    expect(q[2]).toBeCloseTo(0.16 / 3);
    expect(q[3]).toBeCloseTo(0.2);
    expect(confidence(0.005)).toBe('clear');
    expect(confidence(0.03)).toBe('likely');
    expect(confidence(0.4)).toBe('chance');
  });

  it('draws funnel limits that narrow with volume, widened by overdispersion', () => {
    // Target 0.25; at m = 100: 1.959964 · √(0.25 · 0.75 / 100) = 1.959964 · 0.0433013 = 0.084868.
    const calm = funnel(
      [
        { volume: 100, share: 0.25 },
        { volume: 400, share: 0.25 },
      ],
      0.25,
    );
    expect(calm.phi).toBe(1);
    expect(calm.limits(100).inner[0]).toBeCloseTo(0.25 - 0.084868, 5);
    expect(calm.limits(400).inner[1]).toBeCloseTo(0.25 + 0.084868 / 2, 5);
    // z-scores at m = 100 with se 0.0433013: 0.35 → 2.3094, 0.15 → −2.3094 (three each); φ = mean z² = 5.3333.
    const wild = funnel(
      [0.35, 0.15, 0.35, 0.15, 0.35, 0.15].map((share) => ({ volume: 100, share })),
      0.25,
    );
    expect(wild.phi).toBeCloseTo(16 / 3, 4);
    expect(wild.limits(100).inner[1]).toBeCloseTo(0.25 + 0.084868 * Math.sqrt(16 / 3), 5);
  });
});

describe('contributions to a change', () => {
  it('split the volume and the answer rate by reason, adding up to the total', () => {
    // Baseline 100 hours: A 600 calls (540 answered, 0.9), B 400 (320, 0.8) → 10 an hour, rate 0.86.
    // Target 10 hours: A 100 (80, 0.8), B 100 (60, 0.6) → 20 an hour, rate 0.7.
    const x = kitagawaByReason(
      [
        { reason: 'A', code: 'A', n1: 100, a1: 80, n0: 600, a0: 540 },
        { reason: 'B', code: 'B', n1: 100, a1: 60, n0: 400, a0: 320 },
      ],
      10,
      100,
    );
    // Volume: A 10 − 6 = +4, B 10 − 4 = +6 → +10 = 20 − 10.
    expect(x.reasons.map((r) => r.volume)).toEqual([4, 6]);
    expect(x.volume1 - x.volume0).toBe(10);
    // R̄ = (0.7 + 0.86) / 2 = 0.78. A: w 0.5 vs 0.6; mix (−0.1)(0.85 − 0.78) = −0.007; rate (−0.1)(0.55) = −0.055.
    // B: w 0.5 vs 0.4; mix (0.1)(0.7 − 0.78) = −0.008; rate (−0.2)(0.45) = −0.09. Σ = −0.16 = 0.7 − 0.86.
    const [a, b] = x.reasons;
    expect(a!.mix).toBeCloseTo(-0.007, 10);
    expect(a!.rate).toBeCloseTo(-0.055, 10);
    expect(b!.mix).toBeCloseTo(-0.008, 10);
    expect(b!.rate).toBeCloseTo(-0.09, 10);
    const sum = x.reasons.reduce((s, r) => s + r.mix + r.rate, 0);
    expect(sum).toBeCloseTo(x.rate1! - x.rate0!, 12);
  });

  it('still add up when a reason exists on one side only', () => {
    const x = kitagawaByReason(
      [
        { reason: 'A', code: 'A', n1: 50, a1: 45, n0: 100, a0: 80 },
        { reason: 'new', code: 'N', n1: 50, a1: 20, n0: 0, a0: 0 },
      ],
      1,
      1,
    );
    const sum = x.reasons.reduce((s, r) => s + r.mix + r.rate, 0);
    // 0.65 − 0.8 = −0.15
    expect(sum).toBeCloseTo(0.65 - 0.8, 12);
    expect(x.reasons[1]!.rate).toBe(0);
  });
});

describe('what-if', () => {
  it('turns a cut in repeats into contacts, handle hours, cost and FTE', () => {
    const row = {
      repeats: 200,
      handleSeconds: 360_000,
      values: { offered: 1000, cost: 15_000 },
    } as unknown as ReasonRow;
    // 30% of 200 repeats = 60 contacts; handle per offered contact 360 s → 60 · 360 = 21,600 s = 6 h;
    // cost per contact 15 → 900; over 60.875 days = 2 months: 3 h a month ÷ 150 h per FTE = 0.02 FTE.
    const w = whatIf(row, 0.3, 150, 60.875);
    expect(w.contacts).toBeCloseTo(60);
    expect(w.handleHours).toBeCloseTo(6);
    expect(w.cost).toBeCloseTo(900);
    expect(w.fte).toBeCloseTo(0.02);
  });
});
