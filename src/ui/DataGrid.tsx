import './widgets.css';
export type GridCell =
  string | number | boolean | null | Date | readonly unknown[] | { readonly [key: string]: unknown };

export interface DataGridProps {
  columns: readonly { readonly name: string; readonly type?: string }[];
  rows: readonly Readonly<Record<string, GridCell>>[];
  caption?: string;
  /** How true and false read in the UI language (是/否); without it they show as they are. */
  booleanLabels?: { readonly true: string; readonly false: string };
}

/** A plain, scrollable table of a few rows (previews); it never holds more than it is given. */
export function DataGrid({ columns, rows, caption, booleanLabels }: DataGridProps) {
  return (
    <div className="data-grid" data-testid="data-grid">
      <table>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.name} scope="col">
                <span className="data-grid-name">{c.name}</span>
                {c.type && <span className="data-grid-type">{c.type}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.name}>{show(row[c.name], booleanLabels)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function show(value: GridCell | undefined, booleanLabels: DataGridProps['booleanLabels']): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean' && booleanLabels) return value ? booleanLabels.true : booleanLabels.false;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
