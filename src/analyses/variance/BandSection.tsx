import { useMemo, useState } from 'react';
import { callsWhere } from '../../metrics';
import { sql } from '../../sql';
import { LazyChart } from '../../ui/chart/LazyChart';
import type { BandGrain } from './band-sql';
import type { BandPoint } from './band-shape';
import { bandOption } from './chart-option';
import { Explain } from './Explain';
import { anomalyFinding } from './findings';
import { FindingRow } from './FindingRow';
import { bandComparison } from './predicates';
import { scaleOf } from './scale';
import type { SectionProps } from './section-props';

interface Props extends SectionProps {
  readonly points: readonly BandPoint[];
  readonly grain: BandGrain;
  readonly weeks: number;
  readonly z: number;
  readonly onBand: (patch: { grain?: BandGrain; weeks?: number; z?: number }) => void;
}

/** Points shown as findings; the rest are counted. */
const LISTED = 8;

/** The time chart against its normal band, the points outside it, and what drove each. */
export function BandSection(props: Props) {
  const { points, grain, weeks, z, onBand, kpi, t, language, filters, kept, onKeep } = props;
  const [open, setOpen] = useState<string | null>(null);
  const scale = scaleOf(kpi, t('variance.seconds', { value: '' }).trim());
  const option = useMemo(
    () =>
      bandOption(
        points,
        { value: t('variance.band.value'), band: t('variance.band.band'), outside: t('variance.band.outside') },
        scale,
      ),
    [points, scale, t],
  );
  const outside = points.filter((p) => p.outside).sort((a, b) => Math.abs(b.z ?? 0) - Math.abs(a.z ?? 0));
  const kpiName = t(`variance.kpiName.${kpi}`);
  const base = callsWhere(filters);
  return (
    <section className="variance-section" data-testid="variance-band">
      <h3>{t('variance.band.title')}</h3>
      <p className="variance-note">
        {t('variance.band.intro', {
          grain: t(`variance.bucket.${grain}`),
          weeks,
          z,
          hour: grain === 'hour' ? t('variance.band.hour') : '',
        })}
      </p>
      <div className="variance-controls">
        <label>
          {t('variance.band.grain')}{' '}
          <select
            value={grain}
            data-testid="variance-band-grain"
            onChange={(e) => onBand({ grain: e.target.value as BandGrain })}
          >
            <option value="day">{t('variance.bucket.day')}</option>
            <option value="hour">{t('variance.bucket.hour')}</option>
          </select>
        </label>
        <label>
          {t('variance.band.weeks')}{' '}
          <input
            type="number"
            min={2}
            max={26}
            defaultValue={weeks}
            data-testid="variance-band-weeks"
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 2 && n <= 26) onBand({ weeks: n });
            }}
          />
        </label>
        <label>
          {t('variance.band.z')}{' '}
          <input
            type="number"
            min={1.5}
            max={10}
            step={0.5}
            defaultValue={z}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isFinite(n) && n >= 1.5 && n <= 10) onBand({ z: n });
            }}
          />
        </label>
      </div>
      <LazyChart option={option} label={t('variance.band.chart', { kpi: kpiName })} />
      {outside.length === 0 && <p>{t('variance.band.none')}</p>}
      <ul className="variance-findings" data-testid="variance-anomalies">
        {outside.slice(0, LISTED).map((p) => {
          const f = anomalyFinding({ t, language, kpi }, p, weeks);
          const c = bandComparison(p.bucket, weeks);
          return (
            <FindingRow
              key={p.bucket}
              finding={f}
              kept={kept}
              onKeep={onKeep}
              slice={{ where: sql`${base} and ${c.test}`, label: f.sentence }}
            >
              <button
                type="button"
                aria-expanded={open === p.bucket}
                onClick={() => setOpen(open === p.bucket ? null : p.bucket)}
              >
                {t('variance.why')}
              </button>
              {open === p.bucket && (
                <Explain
                  {...props}
                  comparison={c}
                  keepDates={false}
                  words={{ test: p.bucket, control: t('variance.why.baseline', { weeks }), period: p.bucket }}
                />
              )}
            </FindingRow>
          );
        })}
      </ul>
      {outside.length > LISTED && (
        <p className="variance-note">{t('variance.band.more', { n: outside.length - LISTED })}</p>
      )}
    </section>
  );
}
