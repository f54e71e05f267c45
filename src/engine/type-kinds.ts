/** How a user thinks of a column's type; `type.<kind>` in the catalogues holds the word. */
export const TYPE_KINDS = ['text', 'integer', 'decimal', 'date', 'time', 'datetime', 'boolean', 'other'] as const;
export type TypeKind = (typeof TYPE_KINDS)[number];

// DuckDB names (VARCHAR, BIGINT, DECIMAL(18,3), TIMESTAMP WITH TIME ZONE…) and Arrow names (Utf8, Int64,
// Float64, Timestamp<MICROSECOND>, Date32<DAY>, Bool…) both reach the UI; the first matching rule wins.
const RULES: readonly (readonly [TypeKind, RegExp])[] = [
  ['datetime', /^(timestamp|datetime)/i],
  ['date', /^date/i],
  ['time', /^time/i],
  ['boolean', /^(bool|logical)/i],
  ['integer', /^(u?(tiny|small|big|huge)?int|u?int\d*|integer|long|short|byte)\b/i],
  ['decimal', /^(double|float|real|decimal|numeric)/i],
  ['text', /^(varchar|char|bpchar|text|string|utf8|largeutf8|enum|uuid)/i],
];

/** The user's word for an engine or Arrow type name. */
export function typeKind(engineType: string): TypeKind {
  const name = engineType.trim();
  return RULES.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}
