import { useEffect, useState } from 'react';
import { useT } from '../../i18n/react';
import { distinctValuesSql, DURATION_UNITS, type CallsMapping, type SourceTable } from '../../model';
import { useEngineStore } from '../../state/engine-store';

interface Props {
  calls: CallsMapping;
  tables: readonly SourceTable[];
  onChange: (calls: CallsMapping) => void;
}

/** The calls' value mappings: which outcome values mean answered, the duration unit, a separate time column. */
export function CallsOptions({ calls, tables, onChange }: Props) {
  const t = useT();
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const outcome = calls.columns.answered;
  const [values, setValues] = useState<string[]>([]);
  useEffect(() => {
    if (!engine || !outcome) return undefined;
    let live = true;
    engine
      .query(distinctValuesSql(calls.table, outcome))
      .then((r) => live && setValues(r.rows.map((row) => String(row.value))))
      .catch(() => live && setValues([]));
    return () => {
      live = false;
    };
  }, [engine, calls.table, outcome]);
  const columns = tables.find((x) => x.table === calls.table)?.columns ?? [];
  const toggle = (value: string, on: boolean) =>
    onChange({
      ...calls,
      answeredValues: on ? [...calls.answeredValues, value] : calls.answeredValues.filter((v) => v !== value),
    });
  return (
    <fieldset className="map-kind" data-testid="calls-options">
      {outcome && (
        <div className="map-values">
          <span>{t('model.answeredValues')}</span>
          <div className="map-checks">
            {(outcome ? values : []).map((v) => (
              <label key={v}>
                <input
                  type="checkbox"
                  checked={calls.answeredValues.includes(v)}
                  onChange={(e) => toggle(v, e.target.checked)}
                />
                {v}
              </label>
            ))}
          </div>
          <small>{t('model.answeredValues.hint')}</small>
        </div>
      )}
      <label className="map-row">
        <span>{t('model.durationUnit')}</span>
        <select
          data-testid="duration-unit"
          value={calls.durationUnit}
          onChange={(e) => onChange({ ...calls, durationUnit: e.target.value as CallsMapping['durationUnit'] })}
        >
          {DURATION_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`model.unit.${u}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-row">
        <span>{t('model.timeColumn')}</span>
        <select
          data-testid="time-column"
          value={calls.timeColumn ?? ''}
          onChange={(e) => {
            onChange({ ...calls, timeColumn: e.target.value || undefined });
          }}
        >
          <option value="">{t('model.column.none')}</option>
          {columns.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
