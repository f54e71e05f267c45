import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { warmUpCsv, warmUpIngest } from '../../src/ingest/warm-up';
import { openTestEngine } from '../engine/open-engine';
import { load } from './helpers';
import { raw } from '../../src/sql';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

const tables = async () =>
  (await engine.query(raw('select table_name from duckdb_tables() order by 1'))).rows.map((r) => r.table_name);

describe('the ingest warm-up', () => {
  it('exercises the column kinds of a real export', async () => {
    // 90 rows: every 9th is abandoned (10), every 5th unresolved (18), every 4th has no score (23)
    const [result] = await load(engine, [{ name: 'warm.csv', bytes: warmUpCsv(90) }]);
    if (!result?.ok) throw new Error(result?.error.message);
    const t = result.tables[0]!;
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({
      call_id: 'VARCHAR',
      start_time: 'TIMESTAMP',
      queue_seconds: 'BIGINT',
      resolved: 'BOOLEAN',
      csat: 'BIGINT',
      notes: 'VARCHAR',
    });
    const counts = await engine.query(
      raw(`select count_if(outcome = 'ABANDONED')::int as abandoned, count_if(not resolved)::int as unresolved,
        count_if(csat is null)::int as no_score, max(notes) as note from "${t.table}"`),
    );
    expect(counts.rows[0]).toEqual({
      abandoned: 10,
      unresolved: 18,
      no_score: 23,
      note: 'asked "twice", then left',
    });
    await engine.query(raw(`drop table "${t.table}"`));
  });

  it('leaves no table behind, and none when stopped before it starts', async () => {
    await engine.query(raw('create table kept as select 1 as x'));
    await warmUpIngest(engine, new AbortController().signal);
    expect(await tables()).toEqual(['kept']);
    const stopped = new AbortController();
    stopped.abort();
    await warmUpIngest(engine, stopped.signal);
    expect(await tables()).toEqual(['kept']);
  });
});
