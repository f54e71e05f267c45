import { useMemo, useState } from 'react';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { sql } from '../../sql';
import { useLanguageStore, useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import { reasonWhere, type DrillSlice } from './drill-sql';
import { count, money, percent } from './format';
import { segmentsSql, TIER_THRESHOLD_DAYS } from './segments-sql';
import { SectionExport } from '../common/SectionExport';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly onDrill: (slice: DrillSlice) => void;
}

interface Group {
  readonly group: string;
  readonly n: number;
  readonly cost: number | null;
  readonly reasons: { reason: string | null; n: number }[];
}

/** What each customer segment (or credit tier) calls about, and what its calls cost. */
export function SegmentsSection({ filters, definitions, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [lens, setLens] = useState<'segment' | 'tier'>('segment');
  const key = JSON.stringify(['segments', filters, definitions]);
  const state = useEngineQuery(key, (engine) => engine.query(segmentsSql(filters, definitions)));
  const groups = useMemo(() => {
    if (state.status !== 'ready') return [];
    const out = new Map<string, Group>();
    for (const r of state.value.rows) {
      if (r.lens !== lens || typeof r.group !== 'string') continue;
      const g = out.get(r.group) ?? { group: r.group, n: 0, cost: null, reasons: [] };
      const n = Number(r.n);
      const cost = typeof r.cost === 'number' ? (g.cost ?? 0) + r.cost : g.cost;
      out.set(r.group, {
        ...g,
        n: g.n + n,
        cost,
        reasons: [...g.reasons, { reason: typeof r.reason === 'string' ? r.reason : null, n }],
      });
    }
    return [...out.values()].sort((a, b) => b.n - a.n);
  }, [state, lens]);
  const none = t('reasons.noReason');
  const column = lens === 'segment' ? sql`segment` : null;
  return (
    <section className="reasons-section" data-testid="reasons-segments">
      <h3>{t('reasons.segments')}</h3>
      <label>
        {t('reasons.segments.lens')}{' '}
        <select value={lens} onChange={(e) => setLens(e.target.value as 'segment' | 'tier')}>
          <option value="segment">{t('reasons.segments.segment')}</option>
          <option value="tier">{t('reasons.segments.tier')}</option>
        </select>
      </label>
      {lens === 'tier' && (
        <p className="reasons-note">{t('reasons.segments.tierNote', { days: TIER_THRESHOLD_DAYS })}</p>
      )}
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {state.status === 'ready' && groups.length === 0 && (
        <p>{t('reasons.segments.none', { what: t(`reasons.segments.${lens}`) })}</p>
      )}
      {groups.length > 0 && (
        <SectionExport query={() => segmentsSql(filters, definitions)} title={t('reasons.segments')} />
      )}
      {groups.length > 0 && (
        <div className="reasons-scroll">
          <table className="reasons-table">
            <thead>
              <tr>
                <th>{t('reasons.segments.col.group')}</th>
                <th>{t('reasons.col.offered')}</th>
                <th>{t('reasons.col.cost')}</th>
                <th>{t('reasons.segments.col.top')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.group} data-key={g.group}>
                  <td>{g.group}</td>
                  <td className="num">{count(language, g.n)}</td>
                  <td className="num">{money(language, g.cost, definitions.currency)}</td>
                  <td>
                    {g.reasons.slice(0, 5).map((r) => (
                      <button
                        key={r.reason ?? ''}
                        type="button"
                        className="chip"
                        disabled={!column}
                        onClick={() =>
                          column &&
                          onDrill({
                            label: `${g.group} · ${r.reason ?? none}`,
                            where: sql`${reasonWhere(r.reason)} and ${column} = ${g.group}`,
                          })
                        }
                      >
                        {r.reason ?? none} {percent(language, r.n / g.n)}
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
