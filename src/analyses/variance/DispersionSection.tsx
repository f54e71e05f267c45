import { useMemo, useState } from 'react';
import { formatNumber } from '../../i18n';
import { LazyChart } from '../../ui/chart/LazyChart';
import { dispersionOption } from './chart-option';
import { Explain } from './Explain';
import { Figure } from './Figure';
import { formatSpread, formatValue } from './format';
import { bucketComparison } from './predicates';
import { scaleOf } from './scale';
import type { SectionProps } from './section-props';
import { outlyingBuckets, type BucketValue } from './dispersion-shape';
import type { DispersionData } from './use-variance';
import { bucketLabel, dayCountOf } from './bucket-label';

interface Props extends SectionProps {
  readonly data: DispersionData;
  readonly weeks: number;
}

/** Mean, sd plain and weighted, CV, min and max of the KPI over its buckets, the series with its band. */
export function DispersionSection(props: Props) {
  const { data, kpi, bucket, t, language } = props;
  const { stats, buckets } = data;
  const [open, setOpen] = useState<string | null>(null);
  const bucketName = t(`variance.bucket.${bucket}`);
  const v = (x: number | null) => formatValue(language, t, kpi, x);
  const sd = (x: number | null) => formatSpread(language, t, kpi, x);
  const scale = scaleOf(kpi, t('variance.seconds', { value: '' }).trim());
  const categories = buckets.map((b) => bucketLabel(t, bucket, b.bucket));
  const option = useMemo(
    () =>
      dispersionOption(
        buckets,
        stats,
        {
          value: t(`variance.kpiName.${kpi}`),
          mean: t('variance.fig.mean'),
          band: t('variance.band1sd'),
          outside: t('variance.outlying'),
          categories,
        },
        scale,
      ),
    [buckets, stats, t, kpi, categories, scale],
  );
  const outlying = outlyingBuckets(buckets, stats);
  const params = { bucket: bucketName, n: stats.n, df: Math.max(stats.n - 1, 0) };
  const span = dayCountOf(buckets);
  return (
    <section className="variance-section" data-testid="variance-dispersion">
      <div className="variance-figures">
        <Figure
          name="mean"
          label={t('variance.fig.mean')}
          value={stats.mean}
          shown={v(stats.mean)}
          definition={t('variance.def.mean', params)}
        />
        <Figure
          name="sd"
          label={t('variance.fig.sd')}
          value={stats.sd}
          shown={sd(stats.sd)}
          definition={t('variance.def.sd', params)}
        />
        <Figure
          name="sd_weighted"
          label={t('variance.fig.sd_weighted')}
          value={stats.sdWeighted}
          shown={sd(stats.sdWeighted)}
          definition={t('variance.def.sd_weighted', params)}
        />
        <Figure
          name="cv"
          label={t('variance.fig.cv')}
          value={stats.cv}
          shown={stats.cv === null ? '—' : formatNumber(language, stats.cv, 3)}
          definition={t('variance.def.cv')}
        />
        <Figure
          name="min"
          label={t('variance.fig.min')}
          value={stats.min?.value ?? null}
          shown={v(stats.min?.value ?? null)}
          definition={t('variance.def.min', {
            ...params,
            at: stats.min ? bucketLabel(t, bucket, stats.min.bucket) : '—',
          })}
        />
        <Figure
          name="max"
          label={t('variance.fig.max')}
          value={stats.max?.value ?? null}
          shown={v(stats.max?.value ?? null)}
          definition={t('variance.def.max', {
            ...params,
            at: stats.max ? bucketLabel(t, bucket, stats.max.bucket) : '—',
          })}
        />
      </div>
      {stats.n === 1 && <p className="variance-note">{t('variance.oneBucket', params)}</p>}
      {stats.missing > 0 && <p className="variance-note">{t('variance.missing', { ...params, n: stats.missing })}</p>}
      <LazyChart
        option={option}
        label={t('variance.series', { kpi: t(`variance.kpiName.${kpi}`), bucket: bucketName })}
      />
      {outlying.length > 0 && (
        <>
          <h4>{t('variance.outlying')}</h4>
          <ul className="variance-list" data-testid="variance-outlying">
            {outlying.slice(0, 5).map((b: BucketValue) => (
              <li key={b.bucket} data-key={b.bucket}>
                {t('variance.outlyingSentence', {
                  bucket: bucketLabel(t, bucket, b.bucket),
                  kpi: t(`variance.kpiName.${kpi}`),
                  value: v(b.value),
                  mean: v(stats.mean),
                  z: formatNumber(language, ((b.value ?? 0) - (stats.mean ?? 0)) / (stats.sd ?? 1), 1).replace(
                    '-',
                    '−',
                  ),
                })}{' '}
                <button
                  type="button"
                  aria-expanded={open === b.bucket}
                  onClick={() => setOpen(open === b.bucket ? null : b.bucket)}
                >
                  {t('variance.why')}
                </button>
                {open === b.bucket && (
                  <Explain
                    {...props}
                    comparison={bucketComparison(bucket, b.bucket, props.weeks, span)}
                    keepDates
                    words={{
                      test: bucketLabel(t, bucket, b.bucket),
                      control:
                        bucket === 'day'
                          ? t('variance.why.baseline', { weeks: props.weeks })
                          : t('variance.why.bucketControl', { buckets: bucketName }),
                      period: b.bucket,
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
