/**
 * Test helper: native DuckDB over the committed sample files, so every story
 * is checked with the same plain SQL an analyst (or the README) would run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';

export const SAMPLE_DIR = fileURLToPath(new URL('../../sample-data/', import.meta.url));

export type Value = number | string | boolean | null;
export type Row = Record<string, Value>;

export interface Db {
  rows(sql: string): Promise<Row[]>;
  /** First column of the first row, as a number. */
  num(sql: string): Promise<number>;
}

function plain(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

function wrap(con: DuckDBConnection): Db {
  const rows = async (sql: string): Promise<Row[]> => {
    const reader = await con.runAndReadAll(sql);
    return reader
      .getRowObjects()
      .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
  };
  return {
    rows,
    num: async (sql) => {
      const first = (await rows(sql))[0];
      const value = first === undefined ? null : Object.values(first)[0];
      return Number(value ?? Number.NaN);
    },
  };
}

function csv(path: string): string {
  return `read_csv('${path.replace(/'/g, "''")}', header = true)`;
}

/** Tables calls, customers, monthly, mapping loaded from the given four files. */
async function open(files: Record<'calls' | 'customers' | 'monthly' | 'mapping', string>): Promise<Db> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  for (const [view, path] of Object.entries(files)) {
    await con.run(`CREATE TABLE ${view} AS SELECT * FROM ${csv(path)}`);
  }
  return wrap(con);
}

/** The English files, as committed. */
export function openEnglish(): Promise<Db> {
  return open({
    calls: join(SAMPLE_DIR, 'en/calls.csv'),
    customers: join(SAMPLE_DIR, 'en/customers.csv'),
    monthly: join(SAMPLE_DIR, 'en/customer_monthly.csv'),
    mapping: join(SAMPLE_DIR, 'en/reason_mapping.csv'),
  });
}

/** The Chinese files decoded from GBK (DuckDB reads UTF-8 only, so via a temp copy). */
export async function openChinese(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-zh-'));
  const copy = (name: string): string => {
    const text = iconv.decode(readFileSync(join(SAMPLE_DIR, 'zh', name)), 'gbk');
    const target = join(dir, name);
    writeFileSync(target, text, 'utf8');
    return target;
  };
  try {
    return await open({
      calls: copy('来电记录.csv'),
      customers: copy('客户.csv'),
      monthly: copy('客户月度收支.csv'),
      mapping: copy('来电原因映射.csv'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A numeric field of a row (NaN when missing, so expectations fail loudly). */
export function field(row: Row | undefined, key: string): number {
  return Number(row?.[key] ?? Number.NaN);
}
