import { useEffect, useState } from 'react';
import { useT } from '../../i18n/react';
import { distinctValuesSql, DURATION_UNITS, valueCountsSql, type CallsMapping, type SourceTable } from '../../model';
import { useEngineStore } from '../../state/engine-store';
import { AnonymousIds } from './AnonymousIds';
import { OutcomeValues } from './OutcomeValues';

interface Props {
  calls: CallsMapping;
  tables: readonly SourceTable[];
  onChange: (calls: CallsMapping) => void;
}

interface Counted {
  readonly value: string;
  readonly n: number;
}

/** Runs a values-with-counts query whenever its key changes; empty until it answers or when it fails. */
function useCounts(key: string, run: (() => Promise<Counted[]>) | null): Counted[] {
  const [values, setValues] = useState<Counted[]>([]);
  useEffect(() => {
    if (!run) return undefined;
    let live = true;
    run()
      .then((v) => live && setValues(v))
      .catch(() => live && setValues([]));
    return () => {
      live = false;
    };
    // `key` says everything `run` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return run ? values : [];
}

/** The calls' value mappings: outcome values, anonymous ids, duplicates, duration unit, a separate time column. */
export function CallsOptions({ calls, tables, onChange }: Props) {
  const t = useT();
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const outcome = calls.columns.answered;
  const customer = calls.columns.customer_id;
  const anonymous = calls.anonymousCustomerIds ?? [];
  const rows = (r: { rows: readonly Record<string, unknown>[] }) =>
    r.rows.map((row) => ({ value: String(row.value), n: Number(row.n) }));
  const outcomes = useCounts(
    `${calls.table}\u0001${outcome ?? ''}`,
    engine && outcome ? () => engine.query(distinctValuesSql(calls.table, outcome)).then(rows) : null,
  );
  const anonymousCounts = useCounts(
    `${calls.table}\u0001${customer ?? ''}\u0001${anonymous.join('\u0001')}`,
    engine && customer ? () => engine.query(valueCountsSql(calls.table, customer, anonymous)).then(rows) : null,
  );
  const columns = tables.find((x) => x.table === calls.table)?.columns ?? [];
  return (
    <fieldset className="map-kind" data-testid="calls-options">
      {outcome && (
        <OutcomeValues
          calls={calls}
          values={outcomes}
          onChange={onChange}
          valueType={columns.find((c) => c.name === outcome)?.type}
        />
      )}
      {customer && (
        <AnonymousIds
          calls={calls}
          counts={Object.fromEntries(anonymousCounts.map((c) => [c.value, c.n]))}
          onChange={onChange}
        />
      )}
      {calls.callIdWith && calls.columns.call_id && (
        <p className="map-note" data-testid="composite-id">
          {t('callId.composite', { with: calls.callIdWith })}
        </p>
      )}
      <label className="map-check">
        <input
          type="checkbox"
          data-testid="remove-duplicates"
          checked={!calls.keepDuplicateRows}
          onChange={(e) => onChange({ ...calls, keepDuplicateRows: !e.target.checked })}
        />
        {t('duplicates.remove')}
      </label>
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
