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
      <CostInput
        label={t('model.costPerMinute')}
        testId="cost-per-minute"
        value={settings.costPerMinute}
        onChange={(costPerMinute) => onChange({ costPerMinute })}
      />
      <CostInput
        label={t('model.costPerContact')}
        testId="cost-per-contact"
        value={settings.costPerContact}
        onChange={(costPerContact) => onChange({ costPerContact })}
      />
    </fieldset>
  );
}

function CostInput(props: {
  label: string;
  testId: string;
  value: number | null | undefined;
  onChange: (value: ReturnType<typeof parse>) => void;
}) {
  return (
    <label className="map-row">
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        step="any"
        data-testid={props.testId}
        defaultValue={props.value ?? ''}
        onChange={(e) => props.onChange(parse(e.target.value))}
      />
    </label>
  );
}
