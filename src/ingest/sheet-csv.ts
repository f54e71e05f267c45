/** A spreadsheet cell value as SheetJS hands it over with `raw` values and UTC dates. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/**
 * Writes sheet rows as CSV text for the engine's CSV reader (which then detects types). Dates become ISO
 * text: date-only when no date in that column has a time of day.
 */
export function rowsToCsv(rows: readonly (readonly SheetCell[])[]): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const dateOnly = Array.from({ length: width }, (_, c) =>
    rows.every((r) => {
      const v = r[c];
      return !(v instanceof Date) || v.getTime() % 86_400_000 === 0;
    }),
  );
  const out: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (let c = 0; c < width; c++) fields.push(field(row[c], dateOnly[c] ?? true));
    out.push(fields.join(','));
  }
  return out.join('\n') + '\n';
}

function field(value: SheetCell, dateOnly: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
