import type { Engine } from '../engine/engine';
import { ident, join, lit, raw, sql, type Fragment } from '../sql';
import type { IngestColumn, IngestNotice } from './types';

/** What a text (or time-of-day) column turned out to hold. */
export type ConversionKind = 'boolean' | 'date' | 'timestamp' | 'duration';

const TRUE_WORDS = ['1', 'y', 'yes', 'true', 't', '是', '对', '接通'];
// Spelled as exports spell them: the engine's own boolean cast reads these (any case, no spaces around).
const ENGINE_BOOLEAN_WORDS = [
  '1',
  '0',
  'Y',
  'N',
  'y',
  'n',
  'Yes',
  'No',
  'YES',
  'NO',
  'yes',
  'no',
  'true',
  'false',
  'TRUE',
  'FALSE',
  'True',
  'False',
  'T',
  'F',
  't',
  'f',
];
const FALSE_WORDS = ['0', 'n', 'no', 'false', 'f', '否', '错', '未接通'];
const LONGEST_WORD = Math.max(...[...TRUE_WORDS, ...FALSE_WORDS].map((w) => w.length));
const DATE_RE = String.raw`\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?`;
const TIME_RE = String.raw`\d{1,2}\s*[:：时]\s*\d{1,2}(\s*[:：分]\s*\d{1,2}(\.\d+)?\s*秒?)?`;
const DURATION_RE = String.raw`\d{1,4}:\d{2}:\d{2}`;
// `YYYYMMDD` alone could be an id: only read as a date in a column named like one.
const DATE_NAME = /date|day|日期|日$/i;
const COMPACT_TIMESTAMP = '%Y%m%d%H%M%S';
const COMPACT_DATE = '%Y%m%d';
const INTEGER_TYPES = new Set(['BIGINT', 'INTEGER', 'HUGEINT', 'UBIGINT']);
const DURATION_NAME = /duration|wait|handle|talk|hold|queue|_s$|secs?|时长|等待|排队|通话|处理|耗时/i;

export interface ConversionPlan {
  readonly column: string;
  readonly kind: ConversionKind;
  /** The column is a TIME (a duration the sniffer took for a time of day). */
  readonly time?: boolean;
  /** The column is a TIMESTAMP WITH TIME ZONE the sniffer inferred. */
  readonly zoned?: boolean;
  /** Every sampled value is a word the engine itself reads as a boolean, so a CSV can be read as BOOLEAN. */
  readonly native?: boolean;
  /** Digits only: `YYYYMMDDhhmmss` (a timestamp) or `YYYYMMDD` (a date), as text or as a number. */
  readonly compact?: boolean;
}
type Plan = ConversionPlan;

/**
 * Finds text columns that hold booleans (1/0, Y/N, 是/否, TRUE/FALSE), dates or timestamps in common
 * Chinese and English forms, or `hh:mm:ss` durations, and converts them in place so analyses get typed
 * columns. A column converts only when every non-empty value fits; one that does not keeps its text.
 * (CSV converts while it reads instead, see `planConversions`; this is for formats that arrive as tables.)
 */
export async function convertColumns(
  engine: Engine,
  table: string,
  columns: readonly IngestColumn[],
): Promise<IngestNotice[]> {
  const plans = await planConversions(engine, sql`${ident(table)}`, columns);
  const done: ConversionPlan[] = [];
  // Changing a column's type rewrites that column only: on 1M Parquet calls, 0.13–0.14 s for one column
  // where recreating the whole table took 0.41–0.46 s and held two copies (duckdb-wasm's Node build).
  for (const plan of plans) {
    try {
      await engine.query(
        sql`alter table ${ident(table)} alter column ${ident(plan.column)} set data type ${raw(TYPES[plan.kind])} using ${strict(plan)}`,
      );
      done.push(plan);
    } catch (error) {
      if (!failedConversion(error, [plan])) throw error;
    }
  }
  return convertedNotices(done);
}

const TYPES: Record<ConversionKind, string> = {
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  duration: 'INTEGER',
};

/**
 * The select list that converts planned columns and keeps the rest. Every planned conversion fails the
 * statement on a value it cannot read (see `failedConversion`), so one pass both checks every row and converts.
 */
export function convertedSelect(plans: readonly ConversionPlan[]): Fragment {
  if (plans.length === 0) return sql`*`;
  const replacements = plans.map((p) => sql`${strict(p)} as ${ident(p.column)}`);
  return sql`* replace (${join(replacements, ', ')})`;
}

/** The plan whose column held a value its conversion could not read, if that is what the error says. */
export function failedConversion(error: unknown, plans: readonly ConversionPlan[]): ConversionPlan | undefined {
  return plans.find((p) => String(error).includes(`${MISMATCH}${p.column}${MISMATCH}`));
}

export function convertedNotices(plans: readonly ConversionPlan[]): IngestNotice[] {
  return plans.map((p) => ({ code: 'converted', params: { column: p.column, kind: p.kind } }));
}

const MISMATCH = '\u0001callsight-mismatch\u0001';

function strict(plan: Plan): Fragment {
  const v = sql`nullif(trim(${ident(plan.column)}::varchar), '')`;
  const message = `${MISMATCH}${plan.column}${MISMATCH}`;
  // A literal, not a bound value: `alter table` cannot be prepared.
  return sql`coalesce(${conversionExpr(plan)}, case when ${v} is null then null else error(${lit(message)}) end)`;
}

/**
 * Picks conversions from a look at the first rows of `from` (a table, or a `read_csv` of the file's first
 * bytes): converting then checks every row (see `convertedSelect`).
 */
export async function planConversions(
  engine: Engine,
  from: Fragment,
  columns: readonly IngestColumn[],
): Promise<ConversionPlan[]> {
  const text = columns.filter((c) => c.type === 'VARCHAR');
  const times = columns.filter((c) => c.type === 'TIME' && DURATION_NAME.test(c.name));
  // Exports hold local wall-clock times; a zone the sniffer inferred would only shift them.
  const zoned: Plan[] = columns
    .filter((c) => c.type === 'TIMESTAMP WITH TIME ZONE')
    .map((c) => ({ column: c.name, kind: 'timestamp', zoned: true }));
  const timePlans: Plan[] = [
    ...zoned,
    ...times.map((c) => ({ column: c.name, kind: 'duration' as const, time: true })),
  ];
  const integers = columns.filter((c) => INTEGER_TYPES.has(c.type));
  if (text.length === 0 && integers.length === 0) return timePlans;
  const counts = await matchCounts(engine, from, text, integers, SAMPLE_ROWS);
  return [...timePlans, ...textPlans(text, counts), ...compactPlans(integers, counts, 'k')];
}

// The plan's cost grows with its rows (on the 1M-call CSV in Chromium, 20k rows took 86–93 ms). A column whose
// first rows all fit but a later row does not costs one re-read of the file, whatever the sample's size.
const SAMPLE_ROWS = 5_000;

async function matchCounts(
  engine: Engine,
  from: Fragment,
  text: readonly IngestColumn[],
  integers: readonly IngestColumn[],
  limit: number,
): Promise<Record<string, unknown>> {
  const words = join(
    [...TRUE_WORDS, ...FALSE_WORDS].map((w) => lit(w)),
    ', ',
  );
  const engineWords = join(
    ENGINE_BOOLEAN_WORDS.map((w) => lit(w)),
    ', ',
  );
  // Each value is trimmed once, in the sample (`v…`), beside the value as read (`r…`), which the engine's own
  // boolean reading sees.
  const values = text.map(
    (c, i) => sql`${ident(c.name)} as ${ident(`r${i}`)}, nullif(trim(${ident(c.name)}), '') as ${ident(`v${i}`)}`,
  );
  // Whole numbers are looked at as text, for compact timestamps (`20260301093600`).
  const numbers = integers.map((c, i) => sql`nullif(trim(${ident(c.name)}::varchar), '') as ${ident(`w${i}`)}`);
  const sample = sql`(select ${join([...values, ...numbers], ', ')} from (select * from ${from} limit ${limit}))`;
  // First the cheap counts: values, boolean words (short), values that start with a digit.
  const cheap = text.map((_, i) => {
    const v = ident(`v${i}`);
    const short = sql`length(${v}) <= ${raw(String(LONGEST_WORD))}`;
    return sql`count(${v}) as ${ident(`n${i}`)},
      count_if(case when ${short} then lower(${v}) in (${words}) end) as ${ident(`b${i}`)},
      count_if(case when ${short} then ${ident(`r${i}`)} in (${engineWords}) end) as ${ident(`e${i}`)},
      count_if(${v}[1] between '0' and '9') as ${ident(`g${i}`)}`;
  });
  const compact = integers.map((_, i) => compactCounts(sql`${ident(`w${i}`)}`, `k${i}`));
  const counts = (await engine.query(sql`select ${join([...cheap, ...compact], ', ')} from ${sample}`)).rows[0] ?? {};
  // Dates, times and durations start with a digit: the regular expressions, whose setup is most of the plan's cost
  // (on the 1M-call CSV in Chromium: 75–110 ms with them for every text column), run only for columns whose every
  // value does.
  const digits = text.flatMap((_, i) => {
    const n = Number(counts[`n${i}`] ?? 0);
    return n > 0 && Number(counts[`g${i}`] ?? 0) === n ? [i] : [];
  });
  if (digits.length === 0) return counts;
  const patterns = digits.map((i) => {
    const v = ident(`v${i}`);
    const matches = (re: string) => sql`count_if(regexp_full_match(${v}, ${pattern(re)}))`;
    return sql`${matches(DATE_RE)} as ${ident(`d${i}`)},
      ${matches(`${DATE_RE}\\s*${TIME_RE}`)} as ${ident(`t${i}`)},
      ${matches(DURATION_RE)} as ${ident(`u${i}`)}, ${compactCounts(sql`${v}`, `c${i}`)}`;
  });
  const matched = (await engine.query(sql`select ${join(patterns, ', ')} from ${sample}`)).rows[0] ?? {};
  return { ...counts, ...matched };
}

/** A regular expression written as a constant: a bound one is compiled again for every row. */
function pattern(re: string): Fragment {
  return lit(re);
}

function textPlans(text: readonly IngestColumn[], row: Record<string, unknown>): Plan[] {
  const plans: Plan[] = [];
  text.forEach((c, i) => {
    const n = Number(row[`n${i}`] ?? 0);
    if (n === 0) return;
    const d = Number(row[`d${i}`] ?? 0);
    const t = Number(row[`t${i}`] ?? 0);
    if (Number(row[`b${i}`]) === n) plans.push({ column: c.name, kind: 'boolean', native: Number(row[`e${i}`]) === n });
    else if (d === n) plans.push({ column: c.name, kind: 'date' });
    else if (d + t === n) plans.push({ column: c.name, kind: 'timestamp' });
    else if (Number(row[`u${i}`]) === n) plans.push({ column: c.name, kind: 'duration' });
  });
  const planned = new Set(plans.map((p) => p.column));
  return [...plans, ...compactPlans(text, row, 'c').filter((p) => !planned.has(p.column))];
}

/** Counts of values that are `YYYYMMDDhhmmss` (`…t`) and `YYYYMMDD` (`…d`) dates that exist, and of values (`…n`). */
function compactCounts(v: Fragment, prefix: string): Fragment {
  const digits = (n: number) => sql`length(${v}) = ${raw(String(n))} and ${v}[1] between '1' and '2'`;
  const valid = (format: string) => sql`try_strptime(${v}, ${lit(format)}) is not null`;
  return sql`count(${v}) as ${ident(`${prefix}n`)},
    count_if(case when ${digits(14)} then ${valid(COMPACT_TIMESTAMP)} end) as ${ident(`${prefix}t`)},
    count_if(case when ${digits(8)} then ${valid(COMPACT_DATE)} end) as ${ident(`${prefix}d`)}`;
}

function compactPlans(columns: readonly IngestColumn[], row: Record<string, unknown>, prefix: string): Plan[] {
  const plans: Plan[] = [];
  columns.forEach((c, i) => {
    const n = Number(row[`${prefix}${i}n`] ?? 0);
    if (n === 0) return;
    if (Number(row[`${prefix}${i}t`]) === n) plans.push({ column: c.name, kind: 'timestamp', compact: true });
    else if (Number(row[`${prefix}${i}d`]) === n && DATE_NAME.test(c.name))
      plans.push({ column: c.name, kind: 'date', compact: true });
  });
  return plans;
}

function conversionExpr({ column, kind, time, zoned, compact }: Plan): Fragment {
  const c = ident(column);
  const v = sql`nullif(trim(${c}), '')`;
  if (compact) {
    const digits = sql`nullif(trim(${c}::varchar), '')`;
    if (kind === 'date') return sql`try_strptime(${digits}, ${lit(COMPACT_DATE)})::date`;
    return sql`try_strptime(${digits}, ${lit(COMPACT_TIMESTAMP)})`;
  }
  switch (kind) {
    case 'boolean':
      return sql`case when lower(${v}) in (${join(
        TRUE_WORDS.map((w) => lit(w)),
        ', ',
      )}) then true
        when lower(${v}) in (${join(
          FALSE_WORDS.map((w) => lit(w)),
          ', ',
        )}) then false end`;
    case 'date':
      return sql`try_cast(${normalizedStamp(v)} as date)`;
    case 'timestamp':
      if (zoned) return sql`${c}::timestamp`;
      return sql`try_cast(${normalizedStamp(v)} as timestamp)`;
    case 'duration':
      if (time) return sql`(hour(${c}) * 3600 + minute(${c}) * 60 + second(${c}))::integer`;
      return sql`(try_cast(split_part(${v}, ':', 1) as integer) * 3600 + try_cast(split_part(${v}, ':', 2) as integer) * 60 + try_cast(split_part(${v}, ':', 3) as integer))::integer`;
  }
}

/** `2026年3月1日 8时5分` and `2026/3/1 8:05` become `2026-3-1 8:05`, which the engine casts. */
function normalizedStamp(v: Fragment): Fragment {
  const dateSep = sql`regexp_replace(${v}, ${pattern(String.raw`\s*[年/.月]\s*`)}, '-', 'g')`;
  const noDay = sql`regexp_replace(${dateSep}, ${pattern(String.raw`\s*日\s*`)}, ' ', 'g')`;
  const timeSep = sql`regexp_replace(${noDay}, ${pattern(String.raw`\s*[:：时分]\s*`)}, ':', 'g')`;
  return sql`trim(regexp_replace(${timeSep}, ${pattern(String.raw`[:秒]\s*$`)}, ''))`;
}
