import { csvField, parseCsv } from './csv-text';
import { taxonomyFromRows, type MappingRow } from './derive';
import type { ImportResult } from './problems';
import { compareCodes, knownCodes, resolveCodes } from './resolve';
import type { ReasonStatus, Taxonomy } from './types';

/** The sample's mapping columns, in order; `sub_reason` is added only when a taxonomy has sub-reasons. */
export const CSV_COLUMNS = [
  'raw_code',
  'reason',
  'category',
  'status',
  'merged_into',
  'valid_from',
  'valid_to',
] as const;
type Column = (typeof CSV_COLUMNS)[number] | 'sub_reason';

/** Headers read as each column, English and Chinese (the sample's Chinese mapping file uses these). */
const HEADERS: Record<Column, readonly string[]> = {
  raw_code: ['raw_code', 'code', '原始代码', '代码'],
  reason: ['reason', '来电原因', '原因'],
  category: ['category', 'reason_category', '原因大类', '大类'],
  status: ['status', '状态'],
  merged_into: ['merged_into', '合并至'],
  valid_from: ['valid_from', '生效日期'],
  valid_to: ['valid_to', '失效日期'],
  sub_reason: ['sub_reason', '子原因'],
};

const STATUSES: Record<string, ReasonStatus> = {
  '': 'active',
  active: 'active',
  启用: 'active',
  merged: 'merged',
  合并: 'merged',
  retired: 'retired',
  停用: 'retired',
};

/**
 * The taxonomy as the sample's mapping table: one row per code under each reason (codes caught by rules included,
 * from the codes the taxonomy and the data know), in reason order; a reason with no codes gets a row with no code,
 * an unmapped code a row with no reason. A merged reason names a code of its target (or the target's name).
 */
export function taxonomyToCsv(t: Taxonomy, dataCodes: readonly string[] = []): string {
  const resolved = resolveCodes(t, knownCodes(t, dataCodes)).sort((a, b) => compareCodes(a.code, b.code));
  const entries = new Map(t.codes.map((c) => [c.code, c]));
  const byId = new Map(t.reasons.map((r) => [r.id, r]));
  const subs = t.reasons.some((r) => r.parent);
  const rows: string[][] = [];
  for (const r of t.reasons) {
    const parent = r.parent ? byId.get(r.parent) : undefined;
    const target = r.mergedInto ? byId.get(r.mergedInto) : undefined;
    const targetCode = target && resolved.find((c) => c.reason === target.id)?.code;
    const codes = resolved.filter((c) => c.reason === r.id).map((c) => c.code);
    for (const code of codes.length > 0 ? codes : ['']) {
      const entry = entries.get(code);
      rows.push([
        code,
        parent?.name ?? r.name,
        r.category,
        r.status,
        r.status === 'merged' ? (targetCode ?? target?.name ?? '') : '',
        entry?.validFrom ?? r.validFrom ?? '',
        entry?.validTo ?? r.validTo ?? '',
        ...(subs ? [parent ? r.name : ''] : []),
      ]);
    }
  }
  for (const c of resolved.filter((c) => c.reason === undefined)) {
    const entry = entries.get(c.code);
    rows.push([c.code, '', '', '', '', entry?.validFrom ?? '', entry?.validTo ?? '', ...(subs ? [''] : [])]);
  }
  const header = subs ? [...CSV_COLUMNS, 'sub_reason'] : [...CSV_COLUMNS];
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** A mapping table (this app's export, or a vendor's with the same columns) read as a taxonomy. */
export function taxonomyFromCsv(text: string): ImportResult<Taxonomy> {
  const parsed = parseCsv(text.replace(/^\uFEFF/u, ''));
  if (!parsed.ok) return { ok: false, problem: { kind: 'bad-csv', line: parsed.line } };
  const [head, ...body] = parsed.rows;
  if (!head) return { ok: false, problem: { kind: 'empty' } };
  const found = head.fields.map((h) => h.trim());
  const lower = found.map((h) => h.toLowerCase());
  const index = Object.fromEntries(
    (Object.keys(HEADERS) as Column[]).map((c) => [c, lower.findIndex((h) => HEADERS[c].includes(h))]),
  ) as Record<Column, number>;
  const missing = (['raw_code', 'reason', 'category'] as const).filter((c) => index[c] < 0);
  if (missing.length > 0) return { ok: false, problem: { kind: 'missing-columns', columns: missing, found } };
  const rows: (MappingRow & { line: number })[] = [];
  for (const record of body) {
    const get = (c: Column) => (index[c] < 0 ? '' : (record.fields[index[c]] ?? '').trim());
    const status = STATUSES[get('status').toLowerCase()];
    if (!status) return badValue(record.line, found[index.status]!, get('status'));
    const dates: Partial<Record<'valid_from' | 'valid_to', string>> = {};
    for (const c of ['valid_from', 'valid_to'] as const) {
      const date = readDate(get(c));
      if (date === null) return badValue(record.line, found[index[c]]!, get(c));
      dates[c] = date;
    }
    rows.push({
      raw_code: get('raw_code'),
      reason: get('reason'),
      category: get('category'),
      status,
      merged_into: get('merged_into'),
      valid_from: dates.valid_from ?? '',
      valid_to: dates.valid_to ?? '',
      sub_reason: get('sub_reason'),
      line: record.line,
    });
  }
  const kept = latestPerCode(rows);
  const built = taxonomyFromRows(kept);
  if (built.ok) return { ok: true, value: built.taxonomy };
  const line = kept[built.problem.index]?.line ?? 0;
  return { ok: false, problem: { kind: built.problem.kind, where: String(line), value: built.problem.value } };
}

function badValue(line: number, column: string, value: string): ImportResult<never> {
  return { ok: false, problem: { kind: 'bad-value', line, column, value } };
}

/** `YYYY-MM-DD` from `YYYY-MM-DD` or `YYYY/MM/DD` (a real day); '' for empty; null when unreadable. */
export function readDate(text: string): string | null {
  if (text === '') return '';
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A code listed twice keeps its row with the latest `valid_from`, as the mapping view does. */
function latestPerCode<R extends MappingRow>(rows: readonly R[]): R[] {
  const keep = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!r.raw_code) return;
    const j = keep.get(r.raw_code);
    if (j === undefined || r.valid_from > rows[j]!.valid_from) keep.set(r.raw_code, i);
  });
  return rows.filter((r, i) => !r.raw_code || keep.get(r.raw_code) === i);
}
