import { useT } from '../../i18n/react';
import type { ReasonOption } from './read-customers';
import { MEASURES, type Measure, type ValueSettings, type VipRule } from './value-spec';

interface Props {
  settings: ValueSettings;
  reasonOptions: readonly ReasonOption[];
  improverReasons: readonly string[];
  onChange: (settings: Partial<ValueSettings>) => void;
}

const NUMBERS = [
  { key: 'sustainedPeriods', min: 1, step: 1 },
  { key: 'sustainedMin', min: 1, step: 1 },
  { key: 'newDays', min: 0, step: 1 },
  { key: 'comebackDays', min: 1, step: 1 },
  { key: 'lowSatisfaction', min: 0, step: 1 },
  { key: 'improverMinContacts', min: 1, step: 1 },
  { key: 'improverMinShare', min: 0, step: 0.05 },
  { key: 'tierDays', min: 0, step: 1 },
  { key: 'bins', min: 5, step: 1 },
] as const;

const RULE_DEFAULTS: Readonly<Record<VipRule['kind'], VipRule>> = {
  z: { kind: 'z', k: 2 },
  robust: { kind: 'robust', threshold: 3.5 },
  top: { kind: 'top', percent: 5 },
};

function ruleValue(rule: VipRule): number {
  return rule.kind === 'z' ? rule.k : rule.kind === 'robust' ? rule.threshold : rule.percent;
}

function withValue(rule: VipRule, value: number): VipRule {
  if (rule.kind === 'z') return { kind: 'z', k: value };
  if (rule.kind === 'robust') return { kind: 'robust', threshold: value };
  return { kind: 'top', percent: value };
}

/** Every setting of the value analysis, each with its stated default in DEFAULT_VALUE_SETTINGS. */
export function ValueSettingsBar({ settings, reasonOptions, improverReasons, onChange }: Props) {
  const t = useT();
  const measureSelect = (value: Measure, key: 'measure' | 'vipMeasure', label: string) => (
    <label>
      {label}{' '}
      <select
        value={value}
        data-testid={`value-${key}`}
        onChange={(e) => onChange({ [key]: e.target.value as Measure })}
      >
        {MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`value.measure.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
  const rule = settings.vipRule;
  const chosen = new Set(improverReasons);
  return (
    <details className="value-settings">
      <summary>{t('value.settings')}</summary>
      <div className="value-settings-row">
        {measureSelect(settings.measure, 'measure', t('value.measure'))}
        <label>
          <input
            type="checkbox"
            checked={settings.logScale}
            onChange={(e) => onChange({ logScale: e.target.checked })}
          />{' '}
          {t('value.logScale')}
        </label>
        <label>
          {t('value.vip.rule')}{' '}
          <select
            value={rule.kind}
            data-testid="value-vip-rule"
            onChange={(e) => onChange({ vipRule: RULE_DEFAULTS[e.target.value as VipRule['kind']] })}
          >
            {(['z', 'robust', 'top'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`value.vip.rule.${k}`)}
              </option>
            ))}
          </select>{' '}
          <input
            type="number"
            step={0.1}
            min={0}
            key={rule.kind}
            aria-label={t(
              rule.kind === 'z'
                ? 'value.settings.k'
                : rule.kind === 'robust'
                  ? 'value.settings.threshold'
                  : 'value.settings.percent',
            )}
            defaultValue={ruleValue(rule)}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(v) && v >= 0) onChange({ vipRule: withValue(rule, v) });
            }}
          />
        </label>
        {measureSelect(settings.vipMeasure, 'vipMeasure', t('value.vip.on'))}
      </div>
      <div className="value-settings-row">
        {NUMBERS.map(({ key, min, step }) => (
          <label key={key}>
            {t(`value.settings.${key}`)}{' '}
            <input
              type="number"
              min={min}
              step={step}
              defaultValue={settings[key]}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (e.target.value !== '' && Number.isFinite(v) && v >= min) onChange({ [key]: v });
              }}
            />
          </label>
        ))}
      </div>
      <fieldset className="value-settings-row">
        <legend>{t('value.kind.reasons')}</legend>
        {reasonOptions.map((o) => (
          <label key={`${o.level}:${o.value}`}>
            <input
              type="checkbox"
              checked={chosen.has(o.value)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(o.value);
                else next.delete(o.value);
                onChange({ improverReasons: [...next] });
              }}
            />{' '}
            {o.level === 'category' ? <strong>{o.value}</strong> : o.value}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
