const MAX_LENGTH = 48;

/**
 * A table name from a file name: letters (any script), digits and underscores only, so it reads well in
 * SQL; unique against the names already taken (compared case-insensitively, as DuckDB does).
 */
export function tableNameFor(fileName: string, taken: Iterable<string>, suffix = ''): string {
  const stem = fileName.replace(/\.[^.]*$/, '') + (suffix ? `_${suffix}` : '');
  let base = stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/_$/, '');
  if (!base) base = 'table';
  if (/^\p{N}/u.test(base)) base = `t_${base}`;
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
