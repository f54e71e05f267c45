import { useT } from '../../i18n/react';
import type { KpiSettings } from '../../model';

interface Props {
  settings: KpiSettings;
  onChange: (settings: Partial<KpiSettings>) => void;
}

function parse(text: string): number | null {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n;
}

/** Cost per minute or per contact, for when the calls carry no cost. */
export function CostSettings({ settings, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="map-kind">
      <legend>{t('model.settings')}</legend>
      <small>{t('model.cost.hint')}</small>
      <label className="map-row">
        <span>{t('model.costPerMinute')}</span>
        <input
          type="number"
          min={0}
          step="any"
          data-testid="cost-per-minute"
          defaultValue={settings.costPerMinute ?? ''}
          onChange={(e) => onChange({ costPerMinute: parse(e.target.value) })}
        />
      </label>
      <label className="map-row">
        <span>{t('model.costPerContact')}</span>
        <input
          type="number"
          min={0}
          step="any"
          data-testid="cost-per-contact"
          defaultValue={settings.costPerContact ?? ''}
          onChange={(e) => onChange({ costPerContact: parse(e.target.value) })}
        />
      </label>
    </fieldset>
  );
}
