import type { Finding } from '../common/findings/finding';
import type { ChangeExplained } from './contribution-shape';
import type { Say } from './emerging-shape';
import type { SpikeTarget } from './spike-sql';

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const pts = (v: number) => `${v > 0 ? '+' : ''}${(100 * v).toFixed(1)}`;

/**
 * The spike as a finding: the answer-rate change split into rate and mix, and the reason that adds most calls an hour
 * (its share of the rise, its share of calls on both sides). Null when the target or baseline is empty or volume
 * did not rise.
 */
export function spikeFinding(x: ChangeExplained, target: SpikeTarget, say: Say): Finding | null {
  if (x.rate1 === null || x.rate0 === null) return null;
  const rise = x.volume1 - x.volume0;
  const top = [...x.reasons].sort((a, b) => b.volume - a.volume)[0];
  if (!top || rise <= 0 || top.volume <= 0) return null;
  const mix = x.reasons.reduce((s, r) => s + r.mix, 0);
  const rate = x.reasons.reduce((s, r) => s + r.rate, 0);
  const label = top.reason ?? '';
  const name = top.code && top.code !== label ? `${label}（${top.code}）` : label;
  const hours = Array.from({ length: target.hourTo - target.hourFrom + 1 }, (_, i) => target.hourFrom + i);
  return {
    kind: 'spike',
    kpi: 'answer_rate',
    dimension: 'reason',
    segment: top.code ?? label,
    label,
    period: `${target.days.from}/${target.days.to}`,
    ...(hours.length < 24 ? { hours } : {}),
    effect: x.rate1 - x.rate0,
    support: top.n1,
    sentence: say('reasons.finding.spike', {
      where: say('reasons.spike.where', {
        from: target.days.from,
        to: target.days.to,
        hourFrom: target.hourFrom,
        hourTo: target.hourTo,
      }),
      rate1: pct(x.rate1),
      rate0: pct(x.rate0),
      delta: pts(x.rate1 - x.rate0),
      rateEffect: pts(rate),
      mixEffect: pts(mix),
      volume1: x.volume1.toFixed(1),
      volume0: x.volume0.toFixed(1),
      name,
      contribution: top.volume.toFixed(1),
      part: pct(top.volume / rise),
      share1: pct(top.share1),
      share0: pct(top.share0),
    }),
  };
}
