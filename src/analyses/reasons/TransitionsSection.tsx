import { useMemo } from 'react';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useLanguageStore, useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import { LazyChart } from '../../ui/chart/LazyChart';
import { sankeyOption } from './analysis-option';
import { transitionWhere, type DrillSlice } from './drill-sql';
import { count, percent } from './format';
import { transitionsSql } from './transitions-sql';
import { SectionExport } from '../common/SectionExport';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly days: number;
  readonly onDays: (days: number) => void;
  readonly onDrill: (slice: DrillSlice) => void;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** What follows what: reason A → the next contact's reason B within N days, as a table and a Sankey. */
export function TransitionsSection({ filters, definitions, days, onDays, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const key = JSON.stringify(['transitions', filters, definitions, days]);
  const state = useEngineQuery(key, (engine) => engine.query(transitionsSql(filters, definitions, days)));
  const none = t('reasons.noReason');
  const rows = useMemo(() => {
    if (state.status !== 'ready') return [];
    const all = state.value.rows.map((r) => ({ from: str(r.from_reason), to: str(r.to_reason), n: Number(r.n) }));
    const totals = new Map<string | null, number>();
    for (const r of all) totals.set(r.from, (totals.get(r.from) ?? 0) + r.n);
    return all.map((r) => ({ ...r, rate: r.n / (totals.get(r.from) ?? 1) }));
  }, [state]);
  const followed = rows.filter((r) => r.to !== null);
  const option = useMemo(
    () => sankeyOption(followed.slice(0, 30).map((r) => ({ from: r.from ?? none, to: r.to ?? none, n: r.n }))),
    [followed, none],
  );
  // The pairs first (what a repeat contact was about), then how many calls of each reason had no next contact.
  const listed = [...followed, ...rows.filter((r) => r.to === null)].slice(0, 25);
  return (
    <section className="reasons-section" data-testid="reasons-transitions">
      <h3>{t('reasons.transitions')}</h3>
      <label>
        {t('reasons.transitions.days')}{' '}
        <input
          type="number"
          min={1}
          max={90}
          value={days}
          onChange={(e) => onDays(Math.max(1, Math.min(90, Number(e.target.value) || 7)))}
        />
      </label>
      <p className="reasons-note">{t('reasons.transitions.note', { days })}</p>
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {followed.length > 0 && <LazyChart option={option} label={t('reasons.sankey')} height={420} />}
      {state.status === 'ready' && (
        <SectionExport query={() => transitionsSql(filters, definitions, days)} title={t('reasons.transitions')} />
      )}
      <div className="reasons-scroll">
        <table className="reasons-table">
          <thead>
            <tr>
              <th>{t('reasons.col.from')}</th>
              <th>{t('reasons.col.to')}</th>
              <th>{t('reasons.col.n')}</th>
              <th>{t('reasons.col.rate')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {listed.map((r) => (
              <tr key={`${r.from}\u0001${r.to}`} data-key={`${r.from ?? ''}→${r.to ?? ''}`}>
                <td>{r.from ?? none}</td>
                <td>{r.to ?? t('reasons.transitions.none')}</td>
                <td className="num" data-figure="reasons.transition" data-value={r.n}>
                  {count(language, r.n)}
                </td>
                <td className="num">{percent(language, r.rate)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      onDrill({
                        label: `${r.from ?? none} → ${r.to ?? t('reasons.transitions.none')}`,
                        where: transitionWhere(r.from, r.to, days),
                      })
                    }
                  >
                    {t('reasons.showCalls')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
