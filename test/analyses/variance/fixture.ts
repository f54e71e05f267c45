import type { Engine } from '../../../src/engine/engine';
import { buildCanonicalViews, DEFAULT_SETTINGS, type Mapping } from '../../../src/model';
import { loadCsvText } from '../../model/load';

/** Calls with a line, a channel and a reason, mapped into the canonical views (columns named as the fixture's). */
export async function loadLineCalls(engine: Engine, rows: readonly string[], names = DEFAULT_NAMES): Promise<void> {
  const header = [names.id, names.ts, names.outcome, names.wait, names.handle, names.line, names.channel, names.reason]
    .map((n) => `"${n.replaceAll('"', '""')}"`)
    .join(',');
  const table = await loadCsvText(engine, names.table, `${header}\n${rows.join('\n')}`);
  // The reader may rename a header (an empty-looking one): map the columns as the table has them.
  const col = (i: number) => table.columns[i]!.name;
  const mapping: Mapping = {
    calls: {
      table: table.table,
      columns: {
        call_id: col(0),
        started_at: col(1),
        answered: col(2),
        wait_s: col(3),
        handle_s: col(4),
        business_line: col(5),
        channel: col(6),
        reason: col(7),
      },
      answeredValues: ['ANSWERED'],
      durationUnit: 'seconds',
    },
    settings: DEFAULT_SETTINGS,
  };
  await buildCanonicalViews(engine, mapping, [table]);
}

export const DEFAULT_NAMES = {
  table: 'line_calls',
  id: 'id',
  ts: 'ts',
  outcome: 'outcome',
  wait: 'wait',
  handle: 'handle',
  line: 'line',
  channel: 'channel',
  reason: 'reason',
};

export const HOSTILE_NAMES = {
  table: '"; DROP TABLE x; --',
  id: `call_id"; DROP TABLE x; --`,
  ts: "来电时间 it's",
  outcome: '<img src=x onerror=alert(1)> outcome',
  wait: 'wait "q_time"',
  handle: ' ',
  line: '业务线"',
  channel: "chan'nel",
  reason: "reason'); --",
};

/** One call as a CSV row. */
export function call(
  id: number,
  at: string,
  answered: boolean,
  line: string,
  channel = 'Phone',
  reason = 'R01',
  handle = 300,
): string {
  return [
    `K${id}`,
    at,
    answered ? 'ANSWERED' : 'ABANDONED',
    answered ? 20 : 60,
    answered ? handle : 0,
    line,
    channel,
    reason,
  ]
    .map((v) => (typeof v === 'string' && /[,"]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v))
    .join(',');
}
