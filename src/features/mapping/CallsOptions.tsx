import type { Engine } from '../../engine/engine';
import { explainError } from '../../engine/user-words';
import { useT } from '../../i18n/react';
import { distinctValuesSql, DURATION_UNITS, valueCountsSql, type CallsMapping, type SourceTable } from '../../model';
import type { Fragment } from '../../sql';
import { useEngineQuery, type QueryState } from '../../state/use-engine-query';
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

/** A values-with-counts query, run whenever its statement changes (null runs nothing). */
function useCounts(statement: Fragment | null): QueryState<Counted[]> {
  const key = statement ? JSON.stringify([statement.text, statement.params]) : null;
  return useEngineQuery(key, (engine: Engine, signal) =>
    engine
      .query(statement!, { signal })
      .then((r) => r.rows.map((row) => ({ value: String(row.value), n: Number(row.n) }))),
  );
}

/** The values to list: the answer, or the last one while a new one computes. */
function valuesOf(state: QueryState<Counted[]>): Counted[] {
  if (state.status === 'ready') return state.value;
  return state.status === 'loading' ? (state.stale ?? []) : [];
}

/** The calls' value mappings: outcome values, anonymous ids, duplicates, duration unit, a separate time column. */
export function CallsOptions({ calls, tables, onChange }: Props) {
  const t = useT();
  const outcome = calls.columns.answered;
  const customer = calls.columns.customer_id;
  const anonymous = calls.anonymousCustomerIds ?? [];
  const outcomes = useCounts(outcome ? distinctValuesSql(calls.table, outcome) : null);
  const anonymousCounts = useCounts(customer ? valueCountsSql(calls.table, customer, anonymous) : null);
  const failed = [outcomes, anonymousCounts].flatMap((q) => (q.status === 'failed' ? [q.message] : []))[0];
  const columns = tables.find((x) => x.table === calls.table)?.columns ?? [];
  return (
    <fieldset className="map-kind" data-testid="calls-options" aria-busy={outcomes.status === 'loading'}>
      {failed !== undefined && (
        <p className="map-note error" role="alert" data-testid="calls-options-failed">
          {t('callsOptions.failed', { message: explainError(t, failed).text })}
        </p>
      )}
      {outcome && (
        <OutcomeValues
          calls={calls}
          values={valuesOf(outcomes)}
          onChange={onChange}
          valueType={columns.find((c) => c.name === outcome)?.type}
        />
      )}
      {customer && (
        <AnonymousIds
          calls={calls}
          counts={Object.fromEntries(valuesOf(anonymousCounts).map((c) => [c.value, c.n]))}
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
