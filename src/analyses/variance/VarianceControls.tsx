import type { KpiDefinitions } from '../../metrics';
import type { SettingsOf } from '../common/settings';
import { dimensionAvailable } from '../common/change/dimensions';
import { DECOMPOSABLE_KPIS } from '../common/change/kpi-weight';
import type { Translate } from './format';
import { kpiLock } from './kpi-lock';
import { BUCKETS, SPREAD_DIMENSIONS, type VARIANCE_SETTINGS } from './settings';

type Settings = SettingsOf<typeof VARIANCE_SETTINGS>;

interface Props {
  readonly settings: Settings;
  readonly onSettings: (s: Settings) => void;
  readonly available: ReadonlySet<string>;
  readonly definitions: KpiDefinitions;
  /** Whether the calls were copied into tables (null: not known yet). */
  readonly materialised: boolean | null;
  readonly t: Translate;
}

/** The KPI, the bucket and the dimension the whole panel reads. */
export function VarianceControls({ settings, onSettings, available, definitions, materialised, t }: Props) {
  const lock = (k: (typeof DECOMPOSABLE_KPIS)[number]) => kpiLock(t, k, available, definitions, materialised);
  return (
    <div className="variance-controls">
      <label>
        {t('variance.kpi')}{' '}
        <select
          data-testid="variance-kpi"
          value={settings.kpi}
          onChange={(e) => onSettings({ ...settings, kpi: e.target.value as Settings['kpi'] })}
        >
          {DECOMPOSABLE_KPIS.map((k) => {
            const why = lock(k);
            return (
              <option key={k} value={k} disabled={why !== null && k !== settings.kpi} title={why ?? undefined}>
                {why === null
                  ? t(`variance.kpiName.${k}`)
                  : t('variance.kpiLocked', { kpi: t(`variance.kpiName.${k}`) })}
              </option>
            );
          })}
        </select>
      </label>
      <label>
        {t('variance.bucket')}{' '}
        <select
          data-testid="variance-bucket"
          value={settings.bucket}
          onChange={(e) => onSettings({ ...settings, bucket: e.target.value as Settings['bucket'] })}
        >
          {BUCKETS.map((b) => (
            <option key={b} value={b}>
              {t(`variance.bucket.${b}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('variance.dimension')}{' '}
        <select
          data-testid="variance-dimension"
          value={settings.dimension}
          onChange={(e) => onSettings({ ...settings, dimension: e.target.value as Settings['dimension'] })}
        >
          {SPREAD_DIMENSIONS.filter((dim) => dimensionAvailable(dim, available)).map((dim) => (
            <option key={dim} value={dim}>
              {t(`variance.dim.${dim}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
