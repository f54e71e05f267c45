import { useT } from '../../i18n/react';
import type { KpiDefinitions } from '../../metrics';

interface Props {
  definitions: KpiDefinitions;
  onChange: (patch: Partial<KpiDefinitions>) => void;
}

const WHOLE = [
  { key: 'serviceLevelSeconds', label: 'kpi.settings.sl', min: 1 },
  { key: 'shortAbandonSeconds', label: 'kpi.settings.short', min: 0 },
  { key: 'repeatDays', label: 'kpi.settings.repeat', min: 1 },
] as const;

const COSTS = [
  { key: 'costPerMinute', label: 'kpi.settings.costPerMinute' },
  { key: 'costPerOfferedCall', label: 'kpi.settings.costPerOfferedCall' },
] as const;

function parseCost(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * The KPI definitions DOMAIN.md §2 leaves open: service-level threshold, short abandons, repeat window, and what a
 * minute or an offered call costs, in which currency. They belong to the working spec: every analysis reads them.
 */
export function KpiSettingsBar({ definitions, onChange }: Props) {
  const t = useT();
  const currency = definitions.currency || t('kpi.currency.none');
  return (
    <fieldset className="kpi-settings">
      <legend>{t('kpi.settings.title')}</legend>
      {WHOLE.map(({ key, label, min }) => (
        <label key={key}>
          {t(label)}{' '}
          <input
            type="number"
            min={min}
            step={1}
            inputMode="numeric"
            data-testid={`setting-${key}`}
            defaultValue={definitions[key]}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (e.target.value !== '' && Number.isInteger(value) && value >= min) onChange({ [key]: value });
            }}
          />
        </label>
      ))}
      {COSTS.map(({ key, label }) => (
        <label key={key}>
          {t(label, { currency })}{' '}
          <input
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            data-testid={`setting-${key}`}
            defaultValue={definitions[key] ?? ''}
            onChange={(e) => {
              const value = parseCost(e.target.value);
              if (value !== undefined) onChange({ [key]: value });
            }}
          />
        </label>
      ))}
      <label>
        {t('kpi.settings.currency')}{' '}
        <input
          type="text"
          maxLength={3}
          size={4}
          autoCapitalize="characters"
          data-testid="setting-currency"
          defaultValue={definitions.currency}
          onChange={(e) => {
            const code = e.target.value.trim().toUpperCase();
            if (code === '' || /^[A-Z]{3}$/.test(code)) onChange({ currency: code });
          }}
        />
      </label>
    </fieldset>
  );
}
