import type { Engine } from '../engine/engine';
import { sql } from '../sql';
import { readCsvSql, type Sniffed } from './csv-sql';
import { IngestError } from './errors';
import { lineNumbers } from './reject-lines';
import { clearScratch, engineRejects, rejectArgs, rejectScratch, type RejectScratch } from './rejects';
import { needsAsking, saveRejected, summarize } from './rejects-table';
import { countRows } from './table-info';
import type { CsvOptions, RejectConfirm, RejectedLine, RejectSummary } from './types';

/** The rows the engine set aside, with the file's own line numbers. */
async function rejectedLines(
  engine: Engine,
  scratch: RejectScratch,
  text: Blob,
  pieceStarts: ReadonlyMap<string, number>,
): Promise<RejectedLine[]> {
  const rejects = await engineRejects(engine, scratch);
  if (rejects.length === 0) return [];
  const lines = await lineNumbers(
    text,
    rejects.map((r) => ({ position: (pieceStarts.get(r.path) ?? 0) + r.position, text: r.text })),
  );
  return rejects.map((r, i) => ({ line: lines[i]!, problem: r.problem, text: r.text }));
}

/**
 * Reads the file's first rows (every column as text, so only rows that do not parse fail) and asks before the
 * whole file is read when many of them fail: a wrong delimiter or a file that is not a table costs one look at
 * its first megabytes, not a full read.
 */
export async function checkSample(
  engine: Engine,
  name: string,
  table: string,
  sample: { readonly path: string; readonly text: Blob },
  sniffed: Sniffed,
  options: CsvOptions,
  ask: RejectConfirm | undefined,
): Promise<void> {
  if (!ask || options.skipBadRows) return;
  const scratch = rejectScratch('sample');
  try {
    await clearScratch(engine, scratch);
    const asText = new Map(sniffed.columns.map((c) => [c.name, 'VARCHAR']));
    const read = readCsvSql(sample.path, sniffed, options, asText, rejectArgs(scratch));
    const loaded = Number((await engine.query(sql`select count(*) as n from ${read}`)).rows[0]?.n ?? 0);
    const rejected = await rejectedLines(engine, scratch, sample.text, new Map());
    const summary = summarize(name, table, rejected, loaded, true);
    if (needsAsking(summary) && !(await ask(summary))) throw declined(summary);
  } finally {
    await clearScratch(engine, scratch);
  }
}

/**
 * After the whole file is read: the rows set aside, kept in the table's rejected-rows table. Asks first when
 * there are many (unless the user ticked to skip bad rows); declining leaves the table to be dropped.
 */
export async function keepRejects(
  engine: Engine,
  name: string,
  table: string,
  scratch: RejectScratch,
  text: Blob,
  pieceStarts: ReadonlyMap<string, number>,
  options: CsvOptions,
  ask: RejectConfirm | undefined,
): Promise<RejectSummary | undefined> {
  const rejected = await rejectedLines(engine, scratch, text, pieceStarts);
  if (rejected.length === 0) return undefined;
  const loaded = await countRows(engine, table);
  const summary = summarize(name, table, rejected, loaded);
  if (loaded === 0) {
    const [first] = summary.first;
    throw new IngestError('noRowsRead', name, {
      count: summary.count,
      line: first?.line ?? '?',
      problem: first?.problem ?? 'other',
    });
  }
  if (ask && !options.skipBadRows && needsAsking(summary) && !(await ask(summary))) throw declined(summary);
  await saveRejected(engine, table, name, rejected);
  return summary;
}

function declined(summary: RejectSummary): IngestError {
  return new IngestError('badRowsDeclined', summary.file, { count: summary.count, total: summary.total });
}
