/** One CSV field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote, line break or edge space. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV record and the line of the file it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** CSV text as records (RFC 4180, any line ends; blank lines skipped), or the line where a quote was never closed. */
export function parseCsv(text: string): { ok: true; rows: CsvRecord[] } | { ok: false; line: number } {
  const rows: CsvRecord[] = [];
  let start = 1;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      openedAt = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push({ line: start, fields: row });
      row = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) return { ok: false, line: openedAt };
  if (field !== '' || row.length > 0) rows.push({ line: start, fields: [...row, field] });
  return { ok: true, rows: rows.filter((r) => r.fields.some((f) => f.trim() !== '')) };
}
