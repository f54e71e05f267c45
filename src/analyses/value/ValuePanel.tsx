import { useState, type ReactNode } from 'react';
import { formatNumber } from '../../i18n';
import type { Engine } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import type { RenderChart } from './chart-host';
import { CustomerProfile } from './CustomerProfile';
import { DistributionSection } from './DistributionSection';
import { formatMeasure } from './format';
import { KindsSection } from './KindsSection';
import { LifetimeSection } from './LifetimeSection';
import { useValueOverview } from './use-value';
import { costSource, revenueSource, type ValueSettings, type ValueSpec } from './value-spec';
import { ValueSettingsBar } from './ValueSettingsBar';
import { ValueTable } from './ValueTable';
import { VipSection } from './VipSection';
import { WhaleSection } from './WhaleSection';
import './value.css';

interface Props {
  engine: Engine;
  /** Filters, settings, cost rates and what the mapping provides (see `valueSpec`). */
  spec: ValueSpec;
  viewsVersion: number;
  onSettings: (settings: Partial<ValueSettings>) => void;
  renderChart: RenderChart;
  /** A customer to open on its profile page (from a drill-through call); the panel keeps it after. */
  initialCustomer?: string | null;
  /** What the calls count and leave out (the shared exclusion summary), shown under the title. */
  exclusions?: ReactNode;
}

/** Who the valuable customers are, what each costs to serve and how value is spread (issue 13, DOMAIN.md §3). */
export function ValuePanel({
  engine,
  spec,
  viewsVersion,
  onSettings,
  renderChart,
  initialCustomer = null,
  exclusions = null,
}: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const data = useValueOverview(engine, spec, viewsVersion);
  const [customer, setCustomer] = useState<string | null>(initialCustomer);
  if (data.status === 'failed') return <p className="error-banner">{t('value.failed', { message: data.message })}</p>;
  if (data.status === 'loading') return <p className="value-note">{t('value.loading')}</p>;
  const { overview } = data;
  // The overview's spec reads the cache tables made for it.
  const cached = overview.spec;
  if (customer)
    return (
      <CustomerProfile
        engine={engine}
        spec={cached}
        customerId={customer}
        improverReasons={overview.improverReasons}
        renderChart={renderChart}
        onBack={() => setCustomer(null)}
      />
    );
  const source = costSource(spec);
  const rate = (v: number | null) => formatMeasure(language, 'cost', v ?? 0);
  // Sentences side by side: Chinese sets none of the space English puts between them.
  const gap = language === 'en' ? ' ' : '';
  return (
    <section className="value" data-testid="value-panel">
      <h2>{t('value.title')}</h2>
      {exclusions}
      <p className="value-note" data-testid="value-source" data-source={source}>
        {t(`value.source.${source}`, {
          perMinute: rate(spec.rates.perMinute),
          perContact: rate(spec.rates.perContact),
        })}
        {gap}
        {revenueSource(spec.inputs) === null ? t('value.noRevenue') : null}
      </p>
      <p className="value-note">
        {t('value.population', {
          customers: formatNumber(language, overview.moments.customers),
          noCost: formatNumber(language, overview.moments.noCost),
        })}
        {gap}
        <span data-figure="value.anonymous_calls" data-value={overview.anonymousCalls}>
          {t('value.anonymous', { n: formatNumber(language, overview.anonymousCalls) })}
        </span>
        {gap}
        {t('value.filterNote')}
      </p>
      <ValueSettingsBar
        settings={spec.settings}
        reasonOptions={overview.reasonOptions}
        improverReasons={overview.improverReasons}
        onChange={onSettings}
      />
      {overview.moments.customers === 0 ? (
        <p className="value-note">{t('value.noCustomers')}</p>
      ) : (
        <>
          <DistributionSection overview={overview} settings={spec.settings} renderChart={renderChart} />
          <WhaleSection engine={engine} spec={cached} overview={overview} renderChart={renderChart} />
          <VipSection overview={overview} settings={spec.settings} renderChart={renderChart} onCustomer={setCustomer} />
          <KindsSection spec={spec} overview={overview} />
          <LifetimeSection lifetime={overview.lifetime} dated={Boolean(spec.filters.dateFrom || spec.filters.dateTo)} />
        </>
      )}
      <ValueTable engine={engine} spec={cached} viewsVersion={viewsVersion} onCustomer={setCustomer} />
    </section>
  );
}
