import { formatNumber } from '../../i18n';
import { useEffect, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import { TableExport } from '../../ui/export/TableExport';
import { count, first } from './cells';
import { formatMeasure, formatStat } from './format';
import { readValueRows, type ValueRow } from './read-customers';
import { TABLE_COLUMNS, valueExportSql, valueTableCountSql, valueTablePageSql, type TableColumn } from './table-sql';
import type { ValueSpec } from './value-spec';

const PAGE_ROWS = 50;

interface Props {
  engine: Engine;
  spec: ValueSpec;
  viewsVersion: number;
  onCustomer: (id: string) => void;
}

interface PageData {
  readonly rows: readonly ValueRow[];
  readonly found: number;
}

function cellText(row: ValueRow, column: TableColumn, language: Parameters<typeof formatMeasure>[0], noCost: string) {
  switch (column) {
    case 'revenue':
    case 'cost':
    case 'net':
      return formatMeasure(language, column, row[column]);
    case 'ratio':
      return row.noCost ? noCost : formatMeasure(language, 'ratio', row.ratio);
    case 'handle_min':
      return formatStat(language, row.handleMin, 1);
    case 'tenure_days':
      return formatStat(language, row.tenureDays, 0);
    case 'contacts':
      return String(row.contacts);
    case 'customer_id':
      return row.customerId;
    default:
      return row[column] ?? '';
  }
}

/** The customer value table: sorted and searched in SQL, a page at a time, exported whole from SQL. */
export function ValueTable({ engine, spec, viewsVersion, onCustomer }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [sort, setSort] = useState<TableColumn>(spec.inputs.revenue || spec.inputs.periodRevenue ? 'ratio' : 'cost');
  const [descending, setDescending] = useState(true);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<PageData | null>(null);
  useEffect(() => {
    let live = true;
    const page = { sort, descending, search, limit: PAGE_ROWS, offset };
    Promise.all([engine.query(valueTablePageSql(spec, page)), engine.query(valueTableCountSql(spec, search))])
      .then(([rows, found]) => live && setData({ rows: readValueRows(rows), found: count(first(found).found) }))
      .catch(() => live && setData({ rows: [], found: 0 }));
    return () => {
      live = false;
    };
  }, [engine, spec, viewsVersion, sort, descending, search, offset]);
  const columns = TABLE_COLUMNS.filter((c) => c !== 'name' || spec.inputs.customerName);
  const found = data?.found ?? 0;
  return (
    <section className="value-section" aria-labelledby="value-table">
      <h3 id="value-table">{t('value.table')}</h3>
      <div className="value-table-bar">
        <input
          type="search"
          role="searchbox"
          aria-label={t('value.search')}
          placeholder={t('value.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
        />
        <TableExport
          engine={engine}
          query={() => valueExportSql(spec, { sort, descending, search })}
          fileName={t('value.table')}
          rows={found}
          testId="value-export"
        />
        <span className="value-note">
          {t('value.page', {
            from: formatNumber(language, found ? offset + 1 : 0),
            to: formatNumber(language, Math.min(offset + PAGE_ROWS, found)),
            total: formatNumber(language, found),
          })}
        </span>
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_ROWS))}>
          {t('value.prev')}
        </button>
        <button type="button" disabled={offset + PAGE_ROWS >= found} onClick={() => setOffset(offset + PAGE_ROWS)}>
          {t('value.next')}
        </button>
      </div>
      <div className="value-scroll">
        <table className="value-table" data-testid="value-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} aria-sort={sort === c ? (descending ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button"
                    className="linkish"
                    aria-label={t('value.sortBy', { column: t(`value.col.${c}`) })}
                    onClick={() => {
                      setDescending(sort === c ? !descending : true);
                      setSort(c);
                      setOffset(0);
                    }}
                  >
                    {t(`value.col.${c}`)}
                    {sort === c ? (descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((row) => (
              <tr key={row.customerId} data-key={row.customerId}>
                {columns.map((c) =>
                  c === 'customer_id' ? (
                    <td key={c}>
                      <button type="button" className="linkish" onClick={() => onCustomer(row.customerId)}>
                        {row.customerId}
                      </button>
                    </td>
                  ) : c === 'ratio' ? (
                    <td key={c} className="num" data-figure="value.ratio" data-value={row.ratio ?? ''}>
                      {cellText(row, c, language, t('value.noCost'))}
                    </td>
                  ) : (
                    <td key={c} className={c === 'segment' || c === 'tier' || c === 'name' ? '' : 'num'}>
                      {cellText(row, c, language, t('value.noCost'))}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
