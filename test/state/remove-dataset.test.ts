import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { useIngestStore } from '../../src/features/data/ingest-store';
import { sourceFromFile } from '../../src/ingest';
import { sql } from '../../src/sql';
import { useDatasetsStore } from '../../src/state/datasets-store';
import { removeDataset } from '../../src/state/remove-dataset';
import { openTestEngine } from '../engine/open-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('removing a dataset', () => {
  it('drops its table and forgets its ingest record, so the same file can be loaded again', async () => {
    await engine.query(sql`create table calls_csv as select 1 as a`);
    useDatasetsStore.setState({
      datasets: [{ id: 'ds-1', table: 'calls_csv', label: 'calls.csv', sources: ['calls.csv'], rows: 1, columns: [] }],
    });
    const source = sourceFromFile(new File(['a\n1\n'], 'calls.csv'));
    useIngestStore.getState().setDetail('ds-1', { source, fingerprints: ['calls.csv:4:abc'], notices: [] });
    await removeDataset(engine, 'ds-1');
    expect(useDatasetsStore.getState().datasets).toEqual([]);
    expect(useIngestStore.getState().details).toEqual({});
    const tables = await engine.query(
      sql`select count(*)::integer as n from duckdb_tables() where table_name = 'calls_csv'`,
    );
    expect(tables.rows[0]?.n).toBe(0);
  });
});
