import { useContext } from 'react';
import { formatNumber } from '../../i18n';
import { callsWhere } from '../../metrics';
import { sql } from '../../sql';
import { mixShiftFinding } from './findings';
import { FindingRow } from './FindingRow';
import { percent } from './format';
import { LinksContext } from './links';
import { baseMinimum } from './mixshift-sql';
import { shiftedCustomers } from './mixshift-shape';
import type { SectionProps } from './section-props';
import type { MixData } from './use-variance';

interface Props extends SectionProps {
  readonly data: MixData;
  readonly windowDays: number;
  readonly minContacts: number;
  readonly minRise: number;
  readonly onMix: (patch: {
    basic?: readonly string[];
    windowDays?: number;
    minContacts?: number;
    minRise?: number;
  }) => void;
}

/** Customers who suddenly ask basic questions (seed 002): likely a staff change, offer training. */
export function MixSection(props: Props) {
  const { data, windowDays, minContacts, minRise, onMix, t, language, kpi, filters, kept, onKeep } = props;
  const { onCustomer } = useContext(LinksContext);
  const shifted = shiftedCustomers(data.customers, minRise);
  const toggle = (code: string) =>
    onMix({ basic: data.basic.includes(code) ? data.basic.filter((c) => c !== code) : [...data.basic, code] });
  const number = (value: number, min: number, max: number, apply: (n: number) => void, testId: string) => (
    <input
      type="number"
      min={min}
      max={max}
      defaultValue={value}
      data-testid={testId}
      onChange={(e) => {
        const n = Number(e.target.value);
        if (Number.isInteger(n) && n >= min && n <= max) apply(n);
      }}
    />
  );
  return (
    <section className="variance-section" data-testid="variance-mix">
      <h3>{t('variance.mix.title')}</h3>
      <p className="variance-note">
        {t('variance.mix.intro', {
          days: windowDays,
          min: minContacts,
          base: baseMinimum(minContacts),
          rise: percent(language, minRise, 0),
        })}
      </p>
      <fieldset className="variance-reasons">
        <legend>{t('variance.mix.reasons')}</legend>
        {data.options.slice(0, 60).map((o) => (
          <label key={o.code}>
            <input type="checkbox" checked={data.basic.includes(o.code)} onChange={() => toggle(o.code)} /> {o.label}
            {o.label !== o.code ? ` (${o.code})` : ''}
          </label>
        ))}
        {data.defaulted && <p className="variance-note">{t('variance.mix.defaultReasons')}</p>}
      </fieldset>
      <div className="variance-controls">
        <label>
          {t('variance.mix.window')}{' '}
          {number(windowDays, 7, 365, (n) => onMix({ windowDays: n }), 'variance-mix-window')}
        </label>
        <label>
          {t('variance.mix.min')} {number(minContacts, 2, 1000, (n) => onMix({ minContacts: n }), 'variance-mix-min')}
        </label>
        <label>
          {t('variance.mix.rise')}{' '}
          {number(Math.round(minRise * 100), 5, 100, (n) => onMix({ minRise: n / 100 }), 'variance-mix-rise')}
        </label>
      </div>
      {data.basic.length === 0 && <p>{t('variance.mix.noReasons')}</p>}
      {data.basic.length > 0 && shifted.length === 0 && <p>{t('variance.mix.none')}</p>}
      <ul className="variance-findings" data-testid="variance-mix-list">
        {shifted.map((c) => {
          const f = mixShiftFinding({ t, language, kpi }, c, data.from ?? '');
          const where = sql`${callsWhere(filters)} and customer_id = ${c.customer}`;
          return (
            <FindingRow key={c.customer} finding={f} kept={kept} onKeep={onKeep} slice={{ where, label: c.customer }}>
              <span className="variance-evidence" data-key={c.customer}>
                {percent(language, c.shareBase, 0)} → {percent(language, c.shareRecent, 0)} · JSD{' '}
                {formatNumber(language, c.jsd, 2)}
              </span>
              {onCustomer && (
                <button type="button" onClick={() => onCustomer(c.customer)}>
                  {t('variance.mix.profile')}
                </button>
              )}
            </FindingRow>
          );
        })}
      </ul>
    </section>
  );
}
