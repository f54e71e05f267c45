import { ident, join, lit, sql, type Fragment } from '../sql';
import type { DurationUnit } from './mapping';
import { FALSE_WORDS, TRUE_WORDS } from './profile';

/** Column names and DuckDB types of a loaded table. */
export type ColumnTypes = Readonly<Record<string, string>>;

function list(values: readonly string[]): Fragment {
  return values.length ? join(values.map(lit), ', ') : lit(null);
}

const NUMBER_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL)/;
const TIMESTAMP_FORMATS = [
  '%Y/%m/%d %H:%M:%S',
  '%Y/%m/%d %H:%M',
  '%d/%m/%Y %H:%M:%S',
  '%d/%m/%Y %H:%M',
  '%Y年%m月%d日 %H:%M:%S',
  '%Y%m%d%H%M%S',
  '%Y-%m-%dT%H:%M:%S.%fZ',
  '%Y-%m-%dT%H:%M:%SZ',
];
const DATE_FORMATS = ['%Y/%m/%d', '%d/%m/%Y', '%Y年%m月%d日', '%Y%m%d', '%Y-%m', '%Y%m', '%Y/%m', '%Y年%m月'];

/** A column of the raw table, as trimmed text with empty strings as NULL. */
export function text(column: string): Fragment {
  return sql`nullif(trim(cast(${ident(column)} as varchar)), '')`;
}

/** A timestamp from a timestamp, date or text column, optionally completed by a time-of-day column. */
export function timestampExpr(column: string, types: ColumnTypes, timeColumn?: string): Fragment {
  const type = types[column] ?? 'VARCHAR';
  if (timeColumn) {
    const time = sql`coalesce(try_cast(${text(timeColumn)} as time), cast(try_strptime(${text(timeColumn)}, '%H%M%S') as time))`;
    return sql`(${dateExpr(column, types)} + ${time})`;
  }
  if (type.startsWith('TIMESTAMP') || type === 'DATE') return sql`cast(${ident(column)} as timestamp)`;
  return sql`coalesce(try_cast(${text(column)} as timestamp), try_strptime(${text(column)}, [${list(TIMESTAMP_FORMATS)}]))`;
}

/** A date from a date, timestamp or text column (also `YYYY-MM` months, as their first day). */
export function dateExpr(column: string, types: ColumnTypes): Fragment {
  const type = types[column] ?? 'VARCHAR';
  if (type.startsWith('TIMESTAMP') || type === 'DATE') return sql`cast(${ident(column)} as date)`;
  return sql`coalesce(try_cast(${text(column)} as date), cast(try_strptime(${text(column)}, [${list(DATE_FORMATS)}]) as date))`;
}

/** A number of seconds from a duration column in the given unit; negative durations become NULL. */
export function durationExpr(column: string, types: ColumnTypes, unit: DurationUnit): Fragment {
  const seconds = signedDurationExpr(column, types, unit);
  return sql`(case when ${seconds} < 0 then null else ${seconds} end)`;
}

/** A number of seconds from a duration column in the given unit, negative values kept (for validation). */
export function signedDurationExpr(column: string, types: ColumnTypes, unit: DurationUnit): Fragment {
  const type = types[column] ?? 'VARCHAR';
  const number = NUMBER_TYPE.test(type)
    ? sql`cast(${ident(column)} as double)`
    : sql`try_cast(${text(column)} as double)`;
  let seconds: Fragment;
  if (unit === 'hms') {
    const parts = sql`string_split(${text(column)}, ':')`;
    seconds = sql`case len(${parts})
      when 3 then try_cast(${parts}[1] as double) * 3600 + try_cast(${parts}[2] as double) * 60 + try_cast(${parts}[3] as double)
      when 2 then try_cast(${parts}[1] as double) * 60 + try_cast(${parts}[2] as double)
      else ${number} end`;
  } else if (unit === 'minutes') seconds = sql`(${number} * 60)`;
  else if (unit === 'milliseconds') seconds = sql`(${number} / 1000)`;
  else seconds = number;
  return seconds;
}

/** What an outcome value means: `answered`, `abandoned` or `not_offered`; NULL when empty. */
export function outcomeClassExpr(
  column: string,
  answeredValues: readonly string[],
  notOfferedValues: readonly string[],
): Fragment {
  const lower = (values: readonly string[]) => list(values.map((v) => v.trim().toLowerCase()));
  const v = sql`lower(${text(column)})`;
  return sql`(case when ${v} is null then null when ${v} in (${lower(answeredValues)}) then 'answered'
    when ${v} in (${lower(notOfferedValues)}) then 'not_offered' else 'abandoned' end)`;
}

/** A customer id as trimmed text; the values that stand for "no customer" become NULL. */
export function customerIdExpr(column: string, anonymous: readonly string[]): Fragment {
  if (anonymous.length === 0) return text(column);
  return sql`(case when lower(${text(column)}) in (${list(anonymous.map((v) => v.trim().toLowerCase()))}) then null else ${text(column)} end)`;
}

/** True when the column's value is one of `trueValues` (trimmed, lower-case); NULL when empty. */
export function outcomeExpr(column: string, trueValues: readonly string[]): Fragment {
  const values = trueValues.map((v) => v.trim().toLowerCase());
  return sql`(case when ${text(column)} is null then null else lower(${text(column)}) in (${list(values)}) end)`;
}

/** A yes/no column (Y/N, 1/0, 是/否, TRUE/FALSE) as BOOLEAN; anything else is NULL. */
export function booleanExpr(column: string): Fragment {
  const v = sql`lower(${text(column)})`;
  return sql`(case when ${v} in (${list(TRUE_WORDS)}) then true when ${v} in (${list(FALSE_WORDS)}) then false end)`;
}

/** A numeric column as DOUBLE; text that is not a number becomes NULL. */
export function numberExpr(column: string, types: ColumnTypes): Fragment {
  return NUMBER_TYPE.test(types[column] ?? 'VARCHAR')
    ? sql`cast(${ident(column)} as double)`
    : sql`try_cast(replace(${text(column)}, ',', '') as double)`;
}

/** A loaded table, schema-qualified: inside a `canonical` view an unqualified name would find the view itself. */
export function sourceTable(table: string): Fragment {
  return sql`main.${ident(table)}`;
}
