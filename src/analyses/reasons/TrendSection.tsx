import { useMemo } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import { LazyChart } from '../../ui/chart/LazyChart';
import type { Finding, FindingKind } from '../common/findings/finding';
import { funnelOption } from './analysis-option';
import { emergingFindings, type EmergingResult } from './emerging-shape';
import { count, decimal, percent, points } from './format';
import { funnel } from './funnel';
import { FindingsList } from './FindingsList';
import type { TrendGrain } from './trend-sql';
import { trendOption, type TrendPoint } from './volume-option';

interface Props {
  readonly emerging: EmergingResult;
  readonly trend: readonly TrendPoint[];
  readonly grain: TrendGrain;
  readonly kept: readonly Finding[];
  readonly onKeep: (findings: readonly Finding[], kinds: readonly FindingKind[]) => void;
}

/** Trends per reason, baseline against recent share with the honest test, the funnel plot, emerging findings. */
export function TrendSection({ emerging, trend, grain, kept, onKeep }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const none = t('reasons.noReason');
  const findings = useMemo(() => emergingFindings(emerging, t), [emerging, t]);
  const flagged = new Set(findings.map((f) => f.label));
  const lines = useMemo(() => {
    const byVolume = [...emerging.reasons].sort((a, b) => b.total - a.total).map((r) => r.reason);
    const chosen = [...new Set([...byVolume.slice(0, 6), ...[...flagged].filter((f) => f !== undefined)])];
    return trendOption(trend, chosen, none);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flagged is derived from findings
  }, [emerging, trend, none, findings]);
  const w = emerging.windows;
  const plot = useMemo(() => {
    const target = emerging.n1 + emerging.n0 > 0 ? emerging.n1 / (emerging.n1 + emerging.n0) : 0;
    const dots = emerging.reasons
      .filter((r) => r.x1 + r.x0 > 0)
      .map((r) => ({
        name: r.reason ?? none,
        volume: r.x1 + r.x0,
        share: r.x1 / (r.x1 + r.x0),
        flagged: flagged.has(r.reason ?? undefined),
      }));
    const f = funnel(dots, target);
    return {
      f,
      option: funnelOption(dots, f, {
        l95: t('reasons.funnel.limits95'),
        l998: t('reasons.funnel.limits998'),
        target: t('reasons.funnel.target', { share: percent(language, target) }),
      }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flagged is derived from findings
  }, [emerging, findings, none, t, language]);
  return (
    <section className="reasons-section" data-testid="reasons-trends">
      <h3>{t('reasons.trends')}</h3>
      <LazyChart option={lines} label={t('reasons.trendChart', { grain: t(`reasons.grain.${grain}`) })} height={340} />
      <p className="reasons-note">
        {w.baseline
          ? t('reasons.windows', {
              recentFrom: w.recent.from,
              recentTo: w.recent.to,
              n1: count(language, emerging.n1),
              baseFrom: w.baseline.from,
              baseTo: w.baseline.to,
              n0: count(language, emerging.n0),
            })
          : t('reasons.windows.none')}
      </p>
      {w.baseline && (
        <div className="reasons-scroll">
          <table className="reasons-table" data-testid="reasons-test">
            <thead>
              <tr>
                <th>{t('reasons.col.reason')}</th>
                <th>{t('reasons.col.share0')}</th>
                <th>{t('reasons.col.share1')}</th>
                <th>{t('reasons.col.abs')}</th>
                <th>{t('reasons.col.rel')}</th>
                <th>{t('reasons.col.rr')}</th>
                <th>{t('reasons.col.q')}</th>
                <th>{t('reasons.col.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {emerging.reasons.map((r) => {
                const s = r.test;
                return (
                  <tr key={r.reason ?? ''} data-key={r.reason ?? ''}>
                    <td>{r.reason ?? none}</td>
                    <td className="num">{percent(language, s?.share0)}</td>
                    <td className="num">{percent(language, s?.share1)}</td>
                    <td className="num">{points(language, s ? s.share1 - s.share0 : null)}</td>
                    <td className="num">{s && s.share0 > 0 ? percent(language, s.share1 / s.share0 - 1) : '—'}</td>
                    <td className="num">
                      {s
                        ? `${decimal(language, s.rr, 2)} (${decimal(language, s.low, 2)}–${decimal(language, s.high, 2)})`
                        : '—'}
                    </td>
                    <td className="num" data-figure="reasons.q" data-value={r.q}>
                      {r.q < 0.001 ? '< 0.001' : decimal(language, r.q, 3)}
                    </td>
                    <td>{t(`reasons.confidence.${r.confidence}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="reasons-note">{t('reasons.rule')}</p>
      {w.baseline && <LazyChart option={plot.option} label={t('reasons.funnel')} height={320} />}
      {w.baseline && plot.f.phi > 1 && (
        <p className="reasons-note">{t('reasons.funnel.phi', { phi: decimal(language, plot.f.phi, 2) })}</p>
      )}
      <FindingsList findings={findings} kinds={['emerging', 'disappearing']} kept={kept} onKeep={onKeep} />
    </section>
  );
}
