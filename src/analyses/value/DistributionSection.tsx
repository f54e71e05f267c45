import { formatNumber } from '../../i18n';
import { useMemo } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import { histogramOption, lorenzOption } from './charts';
import type { RenderChart } from './chart-host';
import { Figure } from './Figure';
import { formatMeasure, formatShare, formatStat } from './format';
import type { ValueOverview } from './use-value';
import type { ValueSettings } from './value-spec';

interface Props {
  overview: ValueOverview;
  settings: ValueSettings;
  renderChart: RenderChart;
}

/** The chosen measure's distribution: figures, verdict, histogram with the normal curve, Lorenz curve. */
export function DistributionSection({ overview, settings, renderChart }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { moments: m, concentration: c, verdict } = overview;
  const measure = t(`value.measure.${settings.measure}`);
  const fmt = (v: number | null) => formatMeasure(language, settings.measure, v);
  const histogram = useMemo(() => {
    const log = settings.logScale;
    return histogramOption(overview.histogram, log ? m.logMean : m.mean, log ? m.logSd : m.sdSamp, {
      customers: t('value.histogram.customers'),
      normal: t('value.histogram.normal'),
      x: log ? t('value.histogram.logX', { measure }) : measure,
      mean: t('value.histogram.mean'),
      sd: (k) => t('value.histogram.sd', { k: `${k > 0 ? '+' : '−'}${Math.abs(k)}` }),
    });
  }, [overview.histogram, m, settings.logScale, t, measure]);
  const lorenz = useMemo(
    () =>
      lorenzOption(overview.lorenz, {
        curve: measure,
        reference: t('value.lorenz.equality'),
        x: t('value.lorenz.x'),
        y: t('value.lorenz.y'),
      }),
    [overview.lorenz, measure, t],
  );
  const verdictParams = Object.fromEntries(
    Object.entries(verdict.figures).map(([k, v]) => [
      k,
      ['bc', 'gini', 'threshold'].includes(k) ? formatStat(language, v) : formatShare(language, v),
    ]),
  );
  const figures = [
    { name: 'customers', label: 'customers', value: m.customers, text: formatStat(language, m.customers, 0) },
    { name: 'mean', label: 'mean', value: m.mean, text: fmt(m.mean) },
    { name: 'median', label: 'median', value: m.median, text: fmt(m.median) },
    { name: 'variance_population', label: 'varPop', value: m.varPop, text: formatStat(language, m.varPop) },
    { name: 'variance_sample', label: 'varSamp', value: m.varSamp, text: formatStat(language, m.varSamp) },
    { name: 'sd_population', label: 'sdPop', value: m.sdPop, text: fmt(m.sdPop) },
    { name: 'sd_sample', label: 'sdSamp', value: m.sdSamp, text: fmt(m.sdSamp) },
    { name: 'skewness', label: 'skewness', value: m.skewness, text: formatStat(language, m.skewness) },
    { name: 'kurtosis', label: 'kurtosis', value: m.kurtosis, text: formatStat(language, m.kurtosis) },
    { name: 'gini', label: 'gini', value: c.gini, text: formatStat(language, c.gini) },
    { name: 'top20_share', label: 'top20', value: c.top20Share, text: formatShare(language, c.top20Share) },
    {
      name: 'bimodality',
      label: 'bimodality',
      value: overview.bimodality,
      text: formatStat(language, overview.bimodality),
    },
  ];
  return (
    <section className="value-section" aria-labelledby="value-distribution">
      <h3 id="value-distribution">{t('value.histogram', { measure })}</h3>
      <p className="value-verdict" data-testid="value-verdict" data-level={verdict.level}>
        {t(verdict.key, verdictParams)}
      </p>
      <div className="value-figs">
        {figures.map((f) => (
          <Figure
            key={f.name}
            name={f.name}
            label={t(`value.fig.${f.label}`)}
            definition={t(`value.def.${f.label}`)}
            value={f.value}
            text={f.text}
          />
        ))}
      </div>
      <p className="value-note">
        {settings.measure === 'ratio'
          ? t('value.includes.ratio', { noCost: formatNumber(language, m.noCost) })
          : t('value.includes')}{' '}
        {settings.logScale && m.nonPositive > 0
          ? t('value.logNote', { count: formatNumber(language, m.nonPositive) })
          : null}
      </p>
      <div className="value-charts">
        {m.n > 0 && renderChart(histogram, t('value.histogram', { measure }))}
        {c.n > 0 && renderChart(lorenz, t('value.lorenz', { measure }))}
      </div>
    </section>
  );
}
