import { useMemo, useState } from 'react';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { sql } from '../../sql';
import { useLanguageStore, useT } from '../../i18n/react';
import { useModelStore } from '../../state/model-store';
import { useEngineQuery } from '../../state/use-engine-query';
import { cachedCustomerValue } from '../common/customer-value/customer-value-cache';
import { customerValueSpec, DEFAULT_CUSTOMER_VALUE_RULES } from '../common/customer-value/customer-value-spec';
import { reasonWhere, type DrillSlice } from './drill-sql';
import { count, decimal, money, percent } from './format';
import { readSegmentGroups } from './segments-shape';
import { segmentGroupWhere, segmentsSql, SEGMENT_LENSES, type SegmentLens } from './segments-sql';
import { SectionExport } from '../common/SectionExport';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly onDrill: (slice: DrillSlice) => void;
}

const RULES = DEFAULT_CUSTOMER_VALUE_RULES;
// The default rule is z above k (DOMAIN.md §3); the note names its k.
const VIP_K = RULES.vipRule.kind === 'z' ? RULES.vipRule.k : 2;

/** What VIPs, each customer segment and each credit tier call about, and what those calls cost. */
export function SegmentsSection({ filters, definitions, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const mapping = useModelStore((s) => s.mapping);
  const [lens, setLens] = useState<SegmentLens>('vip');
  const customers = useMemo(() => customerValueSpec(mapping, filters, RULES), [mapping, filters]);
  const key = JSON.stringify(['segments', filters, definitions]);
  const state = useEngineQuery(key, async (engine) => {
    const version = useModelStore.getState().viewsVersion;
    const cached = await cachedCustomerValue(engine, customers, version);
    return engine.query(segmentsSql(filters, definitions, cached));
  });
  const groups = useMemo(() => (state.status === 'ready' ? readSegmentGroups(state.value, lens) : []), [state, lens]);
  const none = t('reasons.noReason');
  const label = (group: string) => (lens === 'vip' ? t(`reasons.segments.vip.${group}`) : group);
  return (
    <section className="reasons-section" data-testid="reasons-segments">
      <h3>{t('reasons.segments')}</h3>
      <label>
        {t('reasons.segments.lens')}{' '}
        <select value={lens} onChange={(e) => setLens(e.target.value as SegmentLens)}>
          {SEGMENT_LENSES.map((l) => (
            <option key={l} value={l}>
              {t(`reasons.segments.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {lens === 'tier' && <p className="reasons-note">{t('reasons.segments.tierNote', { days: RULES.tierDays })}</p>}
      {lens === 'vip' && <p className="reasons-note">{t('reasons.segments.vipNote', { k: VIP_K })}</p>}
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {state.status === 'ready' && groups.length === 0 && <p>{t(`reasons.segments.none.${lens}`)}</p>}
      {groups.length > 0 && (
        <SectionExport query={() => segmentsSql(filters, definitions, customers)} title={t('reasons.segments')} />
      )}
      {groups.length > 0 && (
        <div className="reasons-scroll">
          <table className="reasons-table">
            <caption className="reasons-note">{t('reasons.segments.col.top')}</caption>
            <thead>
              <tr>
                <th>{t('reasons.segments.col.group')}</th>
                <th>{t('reasons.col.offered')}</th>
                <th>{t('reasons.segments.col.hours')}</th>
                <th>{t('reasons.col.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.group} data-key={g.group}>
                  <td className="chips">
                    <div>{label(g.group)}</div>
                    {/* The group's top reasons under its name, so the table stays narrow on a phone. */}
                    {g.reasons.slice(0, 5).map((r) => (
                      <button
                        key={r.reason ?? ''}
                        type="button"
                        className="chip"
                        data-figure="reasons.segment_share"
                        data-value={r.n / g.n}
                        data-key={r.reason ?? ''}
                        onClick={() =>
                          onDrill({
                            label: `${label(g.group)} · ${r.reason ?? none}`,
                            where: sql`${reasonWhere(r.reason)} and ${segmentGroupWhere(lens, g.group, customers)}`,
                          })
                        }
                      >
                        {r.reason ?? none} {percent(language, r.n / g.n)}
                      </button>
                    ))}
                  </td>
                  <td className="num" data-figure="reasons.segment_calls" data-value={g.n}>
                    {count(language, g.n)}
                  </td>
                  <td className="num" data-figure="reasons.segment_hours" data-value={g.hours}>
                    {decimal(language, g.hours)}
                  </td>
                  <td className="num" data-figure="reasons.segment_cost" data-value={g.cost ?? ''}>
                    {money(language, g.cost, definitions.currency)}
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
