import { useT } from '../../i18n/react';
import type { KpiSettings } from '../../model';

interface Props {
  settings: KpiSettings;
  onChange: (settings: Partial<KpiSettings>) => void;
}

const FIELDS = [
  { key: 'serviceLevelSeconds', label: 'kpi.settings.sl', min: 1 },
  { key: 'shortAbandonSeconds', label: 'kpi.settings.short', min: 0 },
  { key: 'repeatDays', label: 'kpi.settings.repeat', min: 1 },
] as const;

/** The KPI settings DOMAIN.md §2 leaves open: service-level threshold, short abandons, repeat window. */
export function KpiSettingsBar({ settings, onChange }: Props) {
  const t = useT();
  return (
    <div className="kpi-settings">
      {FIELDS.map(({ key, label, min }) => (
        <label key={key}>
          {t(label)}{' '}
          <input
            type="number"
            min={min}
            step={1}
            data-testid={`setting-${key}`}
            defaultValue={settings[key]}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (e.target.value !== '' && Number.isInteger(value) && value >= min) onChange({ [key]: value });
            }}
          />
        </label>
      ))}
    </div>
  );
}
