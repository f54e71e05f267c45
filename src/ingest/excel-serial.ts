import type { SheetCell } from './sheet-csv';

// Day 0 of Excel's 1900 date system as it counts from March 1900 on (its 29 February 1900 never was); the 1904
// system (old Mac workbooks) counts from 1 January 1904.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
// Serial days read as dates: 1 January 1950 to 31 December 2099 in the 1900 system. Amounts and counts in a
// column named like a date rarely fall in there; real call dates always do.
const FIRST_SERIAL = 18_264;
const LAST_SERIAL = 73_050;
const DATE_NAME =
  /(^|[^a-z])(date|time|timestamp|datetime|day|start(ed)?|end(ed)?|created|updated|opened|closed|begin)([^a-z]|$)|_at$|日期|时间|時間|开始|结束|時刻|时刻/i;

/** A serial day number (days since Excel's day 0, the fraction being the time of day) as a UTC date. */
export function serialToDate(serial: number, date1904 = false): Date {
  // Rounded to the second: the fraction of a day is stored in binary and 9:36 comes back as 9:35:59.99…
  const ms = Math.round(serial * 86_400) * 1000;
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + ms);
}

/**
 * Turns numbers that are dates in disguise into dates: in a column whose header names a date or time, whose
 * other cells are dates, or whose cells are formatted as dates, every number in the range of plausible serial
 * days. A column with any number outside that range is left as numbers.
 */
export function serialDatesToDates(
  rows: readonly (readonly SheetCell[])[],
  dateFormatted: ReadonlySet<number>,
  date1904 = false,
): SheetCell[][] {
  const [header = [], ...data] = rows;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const columns: number[] = [];
  for (let c = 0; c < width; c++) {
    const values = data.map((r) => r[c]).filter((v) => v !== null && v !== undefined && v !== '');
    const numbers = values.filter((v): v is number => typeof v === 'number');
    if (numbers.length === 0) continue;
    const offset = date1904 ? 1_462 : 0;
    const inRange = numbers.every((n) => n + offset >= FIRST_SERIAL && n + offset <= LAST_SERIAL);
    const hinted =
      dateFormatted.has(c) || DATE_NAME.test(String(header[c] ?? '')) || values.some((v) => v instanceof Date);
    const allDates = values.every((v) => typeof v === 'number' || v instanceof Date);
    if (inRange && hinted && allDates) columns.push(c);
  }
  if (columns.length === 0) return rows.map((r) => [...r]);
  return rows.map((row, i) => {
    const out = [...row];
    if (i === 0) return out;
    for (const c of columns) {
      const v = out[c];
      if (typeof v === 'number') out[c] = serialToDate(v, date1904);
    }
    return out;
  });
}

/** Whether a cell's number format shows a date or time (`yyyy-mm-dd`, `d/m/yy h:mm`, `[$-804]yyyy"年"m"月"`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  // Literal text, colours and locale codes hold letters that are no date parts.
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Strips what an export leaves after a cell's text: a stray carriage return (or line break) at its end. */
export function cleanText(value: string): string {
  return value.replace(/[\r\n]+$/, '').replaceAll('\r\n', '\n');
}
