import { useLanguageStore, useT } from '../../i18n/react';
import { quotedList } from '../../i18n/words';
import type { KpiSettings } from '../../model';
import { formatChange, formatKpi } from './format';
import { KPI_FIGURE } from './kpi-drill';
import type { KpiId } from './kpi-shape';

interface Props {
  id: KpiId;
  current: number | null;
  previous: number | null;
  /** Roles (or `cost`, or `size` when the data is too large for it) still missing; the tile says which. */
  missing: readonly string[];
  settings: KpiSettings;
  repeatAny: number | null;
  /** Opens the calls behind the tile; absent when there are none to show. */
  onDrill?: () => void;
}

/** One KPI: its value, the change from the previous period, its definition on hover. */
export function KpiTile({ id, current, previous, missing, settings, repeatAny, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const params = {
    t: settings.serviceLevelSeconds,
    n: settings.repeatDays,
    short: settings.shortAbandonSeconds,
    any: formatKpi(language, 'repeatRate', repeatAny),
  };
  const definition = t(`kpi.def.${id}`, params);
  const change = missing.length ? null : formatChange(language, id, current, previous, t('kpi.points'));
  const unit = id === 'asa' || id === 'aht';
  return (
    <div className="kpi-tile" data-testid={`kpi-${id}`} title={definition} tabIndex={0} aria-description={definition}>
      <div className="kpi-name">
        {t(`kpi.${id}`, params)} <span aria-hidden="true">ⓘ</span>
      </div>
      {missing.length ? (
        <div className="kpi-locked">
          {missing.includes('cost')
            ? t('kpi.locked.cost')
            : missing.includes('size')
              ? t('kpi.locked.size')
              : t('kpi.locked', {
                  roles: quotedList(
                    t,
                    missing.map((r) => t(`model.role.${r}`)),
                  ),
                })}
        </div>
      ) : (
        <>
          <div
            className="kpi-value"
            data-testid={`kpi-${id}-value`}
            data-figure={KPI_FIGURE[id]}
            data-value={current ?? undefined}
          >
            {unit && current !== null
              ? t('kpi.unit.s', { value: formatKpi(language, id, current) })
              : formatKpi(language, id, current)}
          </div>
          <div className={`kpi-change kpi-${change?.direction ?? 'none'}`}>
            {change ? t('kpi.change', { sign: '', value: change.text }) : t('kpi.change.none')}
          </div>
          {onDrill && (
            <button
              type="button"
              className="kpi-drill"
              data-testid={`kpi-${id}-drill`}
              aria-label={t('drill.showFor', { figure: t(`kpi.${id}`, params) })}
              onClick={onDrill}
            >
              {t('drill.show')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
