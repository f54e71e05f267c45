import { useId, useState } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import { quotedList } from '../../i18n/words';
import type { KpiDefinitions } from '../../metrics';
import { formatChange, formatKpi } from './format';
import type { TileId } from './kpi-shape';

interface Props {
  id: TileId;
  current: number | null;
  previous: number | null;
  /** Roles (or `cost`, or `size` when the data is too large for it) still missing; the tile says which. */
  missing: readonly string[];
  /** Why there is no change to show, when the previous period cannot be compared (a message key). */
  noChange: string;
  definitions: KpiDefinitions;
  repeatAny: number | null;
  /** Opens the calls behind the tile; absent when there are none to show. */
  onDrill?: () => void;
}

/** Message keys of each tile's name and definition (the catalogue's names predate the metric ids). */
const KEY: Record<TileId, string> = {
  offered: 'offered',
  answer_rate: 'answerRate',
  abandon_rate: 'abandonRate',
  service_level: 'serviceLevel',
  asa_s: 'asa',
  aht_s: 'aht',
  resolution_rate: 'resolution',
  repeat_rate: 'repeatRate',
  cost_per_contact: 'costPerContact',
};

/**
 * One KPI: its value, the change from the previous period coloured by whether it is good news, and its definition,
 * which opens on hover, on keyboard focus and on a tap of the ⓘ button.
 */
export function KpiTile({ id, current, previous, missing, noChange, definitions, repeatAny, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [open, setOpen] = useState(false);
  const definitionId = useId();
  const params = {
    t: definitions.serviceLevelSeconds,
    n: definitions.repeatDays,
    short: definitions.shortAbandonSeconds,
    any: formatKpi(language, 'repeat_rate_any', repeatAny),
    currency: definitions.currency || t('kpi.currency.none'),
  };
  const definition = t(`kpi.def.${KEY[id]}`, params);
  const change = missing.length ? null : formatChange(language, id, current, previous, t('kpi.points'));
  const seconds = id === 'asa_s' || id === 'aht_s';
  const shown = formatKpi(language, id, current, definitions.currency);
  return (
    <div
      className={`kpi-tile${open ? ' kpi-open' : ''}`}
      data-testid={`kpi-${KEY[id]}`}
      title={definition}
      tabIndex={0}
      aria-describedby={definitionId}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <div className="kpi-name">
        {t(`kpi.${KEY[id]}`, params)}{' '}
        <button
          type="button"
          className="kpi-info"
          aria-expanded={open}
          aria-label={t('kpi.definition')}
          onClick={() => setOpen(!open)}
        >
          ⓘ
        </button>
      </div>
      <p className="kpi-definition" id={definitionId} role="note">
        {definition}
      </p>
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
            data-testid={`kpi-${KEY[id]}-value`}
            data-figure={`overview.${id}`}
            data-value={current === null ? '' : String(current)}
          >
            {seconds && current !== null ? t('kpi.unit.s', { value: shown }) : shown}
          </div>
          <div className={`kpi-change kpi-${change?.direction ?? 'none'} kpi-${change?.tone ?? 'neutral'}`}>
            {change ? t('kpi.change', { sign: '', value: change.text }) : t(noChange)}
          </div>
          {onDrill && (
            <button
              type="button"
              className="kpi-drill"
              data-testid={`kpi-${KEY[id]}-drill`}
              aria-label={t('drill.showFor', { figure: t(`kpi.${KEY[id]}`, params) })}
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
