import { useState } from 'react';
import type { Language } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import { rowsSql } from '../../ui/export/rows-sql';
import { SectionExport } from '../common/SectionExport';
import { reasonWhere, type DrillSlice } from './drill-sql';
import { count, decimal, money, percent, seconds } from './format';
import { MATRIX_COLUMNS, type MatrixColumn, type ReasonRow } from './matrix-shape';

interface Props {
  readonly rows: readonly ReasonRow[];
  readonly currency: string;
  readonly onDrill: (slice: DrillSlice) => void;
}

function show(language: Language, column: MatrixColumn, v: number | null, currency: string): string {
  if (column === 'offered') return count(language, v);
  if (column === 'aht_s' || column === 'asa_s') return seconds(language, v);
  if (column === 'satisfaction') return decimal(language, v, 2);
  if (column.endsWith('cost')) return money(language, v, currency);
  return percent(language, v);
}

function header(t: (k: string, p?: Record<string, string | number>) => string, column: MatrixColumn): string {
  const repeat = /^repeat_(same|any)_(\d+)$/.exec(column);
  if (repeat) return t(`reasons.col.repeat_${repeat[1]}`, { n: Number(repeat[2]) });
  return t(`reasons.col.${column}`);
}

/** The reason × KPI matrix: sortable by any column; every cell opens its reason's calls. */
export function MatrixSection({ rows, currency, onDrill }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [sort, setSort] = useState<{ column: MatrixColumn; down: boolean }>({ column: 'offered', down: true });
  const sorted = [...rows].sort((a, b) => {
    const x = a.values[sort.column] ?? -Infinity;
    const y = b.values[sort.column] ?? -Infinity;
    return sort.down ? y - x : x - y;
  });
  const none = t('reasons.noReason');
  return (
    <section className="reasons-section" data-testid="reasons-matrix">
      <h3>{t('reasons.matrix')}</h3>
      <p className="reasons-note">{t('reasons.matrix.note')}</p>
      <SectionExport
        query={() =>
          rowsSql(
            [t('reasons.col.reason'), ...MATRIX_COLUMNS.map((c) => header(t, c))],
            sorted.map((r) => [r.reason ?? none, ...MATRIX_COLUMNS.map((c) => r.values[c] ?? null)]),
          )
        }
        title={t('reasons.matrix')}
      />
      <div className="reasons-scroll">
        <table className="reasons-table reasons-matrix">
          <thead>
            <tr>
              <th>{t('reasons.col.reason')}</th>
              {MATRIX_COLUMNS.map((c) => (
                <th key={c} aria-sort={sort.column === c ? (sort.down ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button"
                    className="link"
                    data-testid={`matrix-sort-${c}`}
                    onClick={() => setSort({ column: c, down: sort.column === c ? !sort.down : true })}
                  >
                    {header(t, c)}
                    {sort.column === c ? (sort.down ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const label = r.reason ?? none;
              return (
                <tr key={r.reason ?? ''} data-key={r.reason ?? ''}>
                  <th scope="row">{label}</th>
                  {MATRIX_COLUMNS.map((c) => (
                    <td key={c} className="num" data-figure={`reasons.matrix.${c}`} data-value={r.values[c] ?? ''}>
                      <button
                        type="button"
                        className="cell"
                        title={t('reasons.showCalls')}
                        onClick={() => onDrill({ label: `${label} · ${header(t, c)}`, where: reasonWhere(r.reason) })}
                      >
                        {show(language, c, r.values[c], currency)}
                      </button>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
