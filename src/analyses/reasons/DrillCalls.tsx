import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import { DRILL_LIMIT, drillSql, type DrillSlice } from './drill-sql';

interface Props {
  readonly slice: DrillSlice;
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly onClose: () => void;
}

/** The first calls of a figure's slice, until the shared drill-through grid replaces it. */
export function DrillCalls({ slice, filters, definitions, onClose }: Props) {
  const t = useT();
  const key = JSON.stringify([slice.label, slice.where.text, slice.where.params, filters, definitions]);
  const state = useEngineQuery(key, (engine) => engine.query(drillSql(filters, definitions, slice)));
  return (
    <section
      className="reasons-drill"
      data-testid="reasons-drill"
      aria-label={t('reasons.drill', { label: slice.label })}
    >
      <header>
        <h3>{t('reasons.drill', { label: slice.label })}</h3>
        <button type="button" onClick={onClose}>
          {t('reasons.drill.close')}
        </button>
      </header>
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {state.status === 'ready' && (
        <>
          {state.value.rows.length >= DRILL_LIMIT && <p>{t('reasons.drill.more', { n: DRILL_LIMIT })}</p>}
          <div className="reasons-scroll">
            <table>
              <thead>
                <tr>
                  <th>ID</th>
                  <th>{t('reasons.drill.col.time')}</th>
                  <th>{t('reasons.drill.col.customer')}</th>
                  <th>{t('reasons.col.code')}</th>
                  <th>{t('reasons.col.reason')}</th>
                  <th>{t('reasons.drill.col.answered')}</th>
                  <th>{t('reasons.drill.col.notes')}</th>
                </tr>
              </thead>
              <tbody>
                {state.value.rows.map((r, i) => (
                  <tr key={i} data-key={String(r.call_id)}>
                    <td>{String(r.call_id ?? '')}</td>
                    <td>{String(r.started_at ?? '')}</td>
                    <td>{String(r.customer_id ?? '')}</td>
                    <td>{String(r.reason_code ?? '')}</td>
                    <td>{String(r.reason ?? '')}</td>
                    <td>{r.answered ? t('reasons.yes') : t('reasons.no')}</td>
                    <td>{String(r.notes ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
