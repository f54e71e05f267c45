import { useT } from '../../i18n/react';
import { REQUIRED_ROLES, ROLES, type SourceTable, type TableKind, type Confidence } from '../../model';
import { useTableLabels } from './use-tables';

export interface TableChoice {
  readonly table: string;
  readonly columns: Partial<Record<string, string>>;
}

interface Props {
  kind: TableKind;
  value: TableChoice | undefined;
  tables: readonly SourceTable[];
  confidence: Confidence | undefined;
  onTable: (table: string | null) => void;
  onColumn: (role: string, column: string | null) => void;
}

function Sure({ value }: { value: number | undefined }) {
  const t = useT();
  if (value === undefined) return null;
  const level = value >= 0.8 ? 'high' : value >= 0.6 ? 'mid' : 'low';
  return <span className={`sure sure-${level}`}>{t(`model.confidence.${level}`)}</span>;
}

/** One kind of table: which loaded table it is, and which of its columns plays each role. */
export function TableSection({ kind, value, tables, confidence, onTable, onColumn }: Props) {
  const t = useT();
  const labels = useTableLabels();
  const columns = tables.find((x) => x.table === value?.table)?.columns ?? [];
  const required = REQUIRED_ROLES[kind] as readonly string[];
  return (
    <fieldset className="map-kind" data-testid={`kind-${kind}`}>
      <legend>{t(`model.kind.${kind}`)}</legend>
      <label className="map-row map-table">
        <span>{t('model.table')}</span>
        <select
          data-testid={`table-${kind}`}
          value={value?.table ?? ''}
          onChange={(e) => onTable(e.target.value || null)}
        >
          <option value="">{t('model.table.none')}</option>
          {tables.map((x) => (
            <option key={x.table} value={x.table}>
              {labels.get(x.table) ?? x.table}
            </option>
          ))}
        </select>
        {value && <Sure value={confidence?.table} />}
      </label>
      {value &&
        (ROLES[kind] as readonly string[]).map((role) => (
          <label className="map-row" key={role}>
            <span>
              {t(`model.role.${role}`)}
              {required.includes(role) && <em className="map-required"> · {t('model.required')}</em>}
            </span>
            <select
              data-testid={`role-${kind}-${role}`}
              value={value.columns[role] ?? ''}
              onChange={(e) => onColumn(role, e.target.value || null)}
            >
              <option value="">{t('model.column.none')}</option>
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
            {value.columns[role] && <Sure value={confidence?.columns[role]} />}
          </label>
        ))}
    </fieldset>
  );
}
