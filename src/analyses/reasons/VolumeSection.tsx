import { useMemo } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import { LazyChart } from '../../ui/chart/LazyChart';
import { reasonWhere, type DrillSlice } from './drill-sql';
import { count, percent } from './format';
import type { ReasonRow, ReasonTable } from './matrix-shape';
import { paretoOption, treemapOption } from './volume-option';
import { sql } from '../../sql';

interface Props {
  readonly table: ReasonTable;
  readonly level: 'reason' | 'category';
  readonly sizeBy: 'volume' | 'cost';
  readonly onLevel: (level: 'reason' | 'category') => void;
  readonly onSizeBy: (sizeBy: 'volume' | 'cost') => void;
  readonly onDrill: (slice: DrillSlice) => void;
}

/** Volume, share and rank per reason or category; the Pareto chart; the treemap by volume or cost. */
export function VolumeSection({ table, level, sizeBy, onLevel, onSizeBy, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const rows = level === 'reason' ? table.reasons : table.categories;
  const none = t('reasons.noReason');
  const pareto = useMemo(
    () => paretoOption(rows, { volume: t('reasons.col.offered'), cumulative: t('reasons.col.cumulative'), none }),
    [rows, t, none],
  );
  const hasCost = table.all?.values.cost !== null && table.all?.values.cost !== undefined;
  const treemap = useMemo(
    () => treemapOption(table.reasons, hasCost ? sizeBy : 'volume', { none }),
    [table.reasons, sizeBy, hasCost, none],
  );
  const slice = (r: ReasonRow): DrillSlice => ({
    label: r.reason ?? none,
    where:
      level === 'reason'
        ? reasonWhere(r.reason)
        : r.reason === null
          ? sql`reason_category is null`
          : sql`reason_category = ${r.reason}`,
  });
  return (
    <section className="reasons-section" data-testid="reasons-volume">
      <h3>{t('reasons.volume')}</h3>
      <label>
        {t('reasons.level')}{' '}
        <select value={level} onChange={(e) => onLevel(e.target.value as 'reason' | 'category')}>
          <option value="reason">{t('reasons.level.reason')}</option>
          <option value="category">{t('reasons.level.category')}</option>
        </select>
      </label>
      <div className="reasons-scroll">
        <table className="reasons-table">
          <thead>
            <tr>
              <th>{t('reasons.col.rank')}</th>
              <th>{t(level === 'reason' ? 'reasons.col.reason' : 'reasons.col.category')}</th>
              {level === 'reason' && <th>{t('reasons.col.code')}</th>}
              {level === 'reason' && <th>{t('reasons.col.category')}</th>}
              <th>{t('reasons.col.offered')}</th>
              <th>{t('reasons.col.share')}</th>
              <th>{t('reasons.col.cumulative')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reason ?? ''} data-key={r.reason ?? ''} data-code={r.code ?? undefined}>
                <td>{r.rank}</td>
                <td>{r.reason ?? none}</td>
                {level === 'reason' && <td>{r.code}</td>}
                {level === 'reason' && <td>{r.category}</td>}
                <td className="num">{count(language, r.values.offered)}</td>
                <td
                  className="num"
                  data-figure={level === 'reason' ? 'reasons.share' : 'reasons.category_share'}
                  data-value={r.values.share ?? ''}
                >
                  {percent(language, r.values.share)}
                </td>
                <td className="num">{percent(language, r.cumulative)}</td>
                <td>
                  <button type="button" className="link" onClick={() => onDrill(slice(r))}>
                    {t('reasons.showCalls')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && <LazyChart option={pareto} label={t('reasons.pareto')} height={360} />}
      <h4>{t('reasons.treemap')}</h4>
      <label>
        {t('reasons.sizeBy')}{' '}
        <select value={sizeBy} onChange={(e) => onSizeBy(e.target.value as 'volume' | 'cost')}>
          <option value="volume">{t('reasons.sizeBy.volume')}</option>
          <option value="cost" disabled={!hasCost}>
            {t('reasons.sizeBy.cost')}
          </option>
        </select>
      </label>
      {!hasCost && <p className="reasons-note">{t('reasons.noCost')}</p>}
      {table.reasons.length > 0 && <LazyChart option={treemap} label={t('reasons.treemap')} height={360} />}
    </section>
  );
}
