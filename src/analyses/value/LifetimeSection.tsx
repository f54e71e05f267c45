import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import { Figure } from './Figure';
import { formatStat } from './format';
import type { Lifetime } from './read-customers';

/** Pooled ratio and the mean of period ratios side by side, with why they differ. */
export function LifetimeSection({ lifetime, dated }: { lifetime: Lifetime | null; dated: boolean }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  return (
    <section className="value-section" aria-labelledby="value-lifetime">
      <h3 id="value-lifetime">{t('value.lifetime')}</h3>
      {lifetime === null ? (
        <p className="value-note">{t('value.lifetime.none')}</p>
      ) : (
        <>
          <div className="value-figs">
            <Figure
              name="lifetime_pooled_ratio"
              label={t('value.lifetime.pooled')}
              definition={t('value.lifetime.pooled')}
              value={lifetime.pooledRatio}
              text={formatStat(language, lifetime.pooledRatio)}
            />
            <Figure
              name="lifetime_mean_period_ratio"
              label={t('value.lifetime.mean')}
              definition={t('value.lifetime.mean')}
              value={lifetime.meanPeriodRatio}
              text={formatStat(language, lifetime.meanPeriodRatio)}
            />
          </div>
          <p className="value-note">
            {t('value.lifetime.why', {
              none: formatNumber(language, lifetime.periods - lifetime.costedPeriods),
              periods: formatNumber(language, lifetime.periods),
            })}{' '}
            {dated ? t('value.lifetime.dates') : null}
          </p>
        </>
      )}
    </section>
  );
}
