import { useMemo, useState } from 'react';
import type { DayRange, KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useLanguageStore, useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import { currentHoursTable } from './hours-cache';
import { LazyChart } from '../../ui/chart/LazyChart';
import type { Finding, FindingKind } from '../common/findings/finding';
import { contributionOption } from './analysis-option';
import { readSpike } from './contribution-shape';
import { decimal, points } from './format';
import { FindingsList } from './FindingsList';
import { pickDip, readHeat } from './heatmap-shape';
import { heatmapSql } from './heatmap-sql';
import { spikeFinding } from './spike-shape';
import { spikeSql, type SpikeTarget } from './spike-sql';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly span: DayRange;
  readonly kept: readonly Finding[];
  readonly onKeep: (findings: readonly Finding[], kinds: readonly FindingKind[]) => void;
}

/** Explain a spike: a day range and hour band against a baseline, each reason's contribution to volume and rate. */
export function SpikeSection({ filters, definitions, span, kept, onKeep }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [chosen, setChosen] = useState<SpikeTarget | null>(null);
  const dip = useEngineQuery(JSON.stringify(['dip', filters, definitions]), async (engine) =>
    pickDip(
      readHeat(
        await engine.query(
          heatmapSql(filters, definitions, 'hour', await currentHoursTable(engine, filters, definitions)),
        ),
      ),
    ),
  );
  const dipHour = dip.status === 'ready' ? dip.value : null;
  const preset: SpikeTarget | null =
    dip.status === 'ready' ? { days: span, hourFrom: dipHour ?? 0, hourTo: dipHour ?? 23, baseline: 'rest' } : null;
  const target = chosen ?? preset;
  const state = useEngineQuery(
    target ? JSON.stringify(['spike', filters, definitions, target]) : null,
    async (engine) =>
      readSpike(
        await engine.query(
          spikeSql(filters, definitions, target!, await currentHoursTable(engine, filters, definitions)),
        ),
      ),
  );
  const x = state.status === 'ready' ? state.value : null;
  const labels = { total: t('reasons.spike.total'), rest: t('reasons.rest'), none: t('reasons.noReason') };
  const charts = useMemo(
    () =>
      x && {
        volume: contributionOption(
          x,
          [{ name: t('reasons.spike.col.volume'), pick: (r) => r.volume, color: '#2456d6' }],
          labels,
        ),
        rate: contributionOption(
          x,
          [
            { name: t('reasons.spike.mix'), pick: (r) => r.mix, color: '#9db4ee' },
            { name: t('reasons.spike.rate'), pick: (r) => r.rate, color: '#c0392b' },
          ],
          labels,
          100,
        ),
      },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels follow t
    [x, t],
  );
  const findings = useMemo(() => {
    const f = x && target ? spikeFinding(x, target, t) : null;
    return f ? [f] : [];
  }, [x, target, t]);
  const edit = (patch: Partial<SpikeTarget>) => target && setChosen({ ...target, ...patch });
  const hour = (v: string) => Math.max(0, Math.min(23, Number(v) || 0));
  return (
    <section className="reasons-section" data-testid="reasons-spike">
      <h3>{t('reasons.spike')}</h3>
      {target && (
        <div className="reasons-controls">
          <label>
            {t('reasons.spike.from')}{' '}
            <input
              type="date"
              value={target.days.from}
              onChange={(e) => e.target.value && edit({ days: { ...target.days, from: e.target.value } })}
            />
          </label>
          <label>
            {t('reasons.spike.to')}{' '}
            <input
              type="date"
              value={target.days.to}
              onChange={(e) => e.target.value && edit({ days: { ...target.days, to: e.target.value } })}
            />
          </label>
          <label>
            {t('reasons.spike.hours')}{' '}
            <input
              type="number"
              min={0}
              max={23}
              value={target.hourFrom}
              onChange={(e) => edit({ hourFrom: hour(e.target.value) })}
            />
            –
            <input
              type="number"
              min={0}
              max={23}
              value={target.hourTo}
              onChange={(e) => edit({ hourTo: hour(e.target.value) })}
            />
          </label>
          <label>
            {t('reasons.spike.baseline')}{' '}
            <select value={target.baseline} onChange={(e) => edit({ baseline: e.target.value as 'rest' | 'before' })}>
              <option value="rest">{t('reasons.spike.baseline.rest')}</option>
              <option value="before">{t('reasons.spike.baseline.before')}</option>
            </select>
          </label>
        </div>
      )}
      {!chosen && dipHour !== null && <p className="reasons-note">{t('reasons.spike.auto', { hour: dipHour })}</p>}
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {x && x.rate1 !== null && x.rate0 !== null && (
        <p data-figure="reasons.spike_rate_change" data-value={x.rate1 - x.rate0}>
          {t('reasons.spike.summary', {
            rate: points(language, x.rate1 - x.rate0),
            volume: decimal(language, x.volume1 - x.volume0, 1),
          })}
        </p>
      )}
      {charts && <LazyChart option={charts.volume} label={t('reasons.spike.volumeChart')} height={320} />}
      {charts && <LazyChart option={charts.rate} label={t('reasons.spike.rateChart')} height={320} />}
      <FindingsList findings={findings} kinds={['spike']} kept={kept} onKeep={onKeep} />
    </section>
  );
}
