import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { classifyEngineError, ENGINE_ERROR_KINDS, type EngineErrorKind } from '../../src/engine/error-kinds';
import { typeKind } from '../../src/engine/type-kinds';
import { explainError, typeWord, valueWord } from '../../src/engine/user-words';
import { CATALOG } from '../../src/i18n/catalog';
import { translate } from '../../src/i18n';
import { NodeEngine } from '../../src/engine/node-engine';
import { openTestEngine } from './open-engine';
import { raw } from '../../src/sql';

let engine: Engine;
const bytes = (text: string) => new TextEncoder().encode(text);
const body = (rows: number) => Array.from({ length: rows }, (_, i) => `${i},x${i},y`).join('\n');

beforeAll(async () => {
  engine = await openTestEngine();
  await engine.registerFile('ingest/ragged.csv', bytes(`a,b,c\n${body(3000)}\n1,2,3,4\n5,6,7\n`));
  await engine.registerFile('ingest/short.csv', bytes(`a,b,c\n${body(3000)}\n1,2\n5,6,7\n`));
  await engine.registerFile('ingest/numbers.csv', bytes('a,b\n1,2\nx,4\n'));
  await engine.registerFile('ingest/binary.csv', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 10, 1, 2]));
  await engine.query(raw('create table t (a integer, d date, s varchar)'));
});
afterAll(() => engine.close());

const EXPLICIT = "header = true, delim = ',', quote = '\"', columns = {'a': 'varchar', 'b': 'varchar', 'c': 'varchar'}";

// Each statement makes the real engine fail; the kind is what a user must be told.
const TRIGGERS: readonly (readonly [string, EngineErrorKind])[] = [
  ["select cast('abc' as integer)", 'conversion'],
  ["select cast('2024-13-45' as date)", 'conversion'],
  ["select cast('nope' as timestamp)", 'conversion'],
  ["insert into t values ('zz', null, null)", 'conversion'],
  ["select strptime('abc', '%Y')", 'conversion'],
  ['select 99999999999::integer', 'conversion'],
  ['select 2147483647::integer + 1::integer', 'outOfRange'],
  ['select nope from t', 'missingColumn'],
  ['select * from nowhere', 'missingTable'],
  ['selec 1', 'syntax'],
  ['select no_such_function(1)', 'binder'],
  ["select 1 + 'a'::varchar", 'binder'],
  ['select a, count(*) from t', 'binder'],
  ['create table t (a integer)', 'duplicate'],
  ["select count(*) from read_csv('ingest/ragged.csv')", 'csvDialect'],
  [`select count(*) from read_csv('ingest/ragged.csv', ${EXPLICIT})`, 'csvColumns'],
  [`select count(*) from read_csv('ingest/short.csv', ${EXPLICIT})`, 'csvColumns'],
  ["select count(*) from read_csv('ingest/binary.csv')", 'csvEncoding'],
  [
    "select * from read_csv('ingest/numbers.csv', header = true, columns = {'a': 'integer', 'b': 'integer'})",
    'conversion',
  ],
  ["select * from read_csv('ingest/missing.csv')", 'missingFile'],
];

async function failure(statement: string): Promise<unknown> {
  try {
    await engine.query(raw(statement));
  } catch (error) {
    return error;
  }
  throw new Error(`expected the engine to refuse: ${statement}`);
}

describe('engine errors are put in the user’s words', () => {
  it.each(TRIGGERS)('%s → %s', async (statement, kind) => {
    const error = await failure(statement);
    const info = classifyEngineError(error);
    expect(info.kind).toBe(kind);
    expect(info.raw).toBe((error as Error).message);
    for (const language of ['en', 'zh-CN'] as const) {
      expect(CATALOG[language][`engine.error.${kind}`], language).toBeTruthy();
      expect(CATALOG[language][`engine.error.${kind}.todo`], language).toBeTruthy();
    }
  });

  it('the out-of-memory error of a real engine with too little memory', async () => {
    // The app's engines lock their configuration; this one stays changeable to lower the memory limit.
    const small = await NodeEngine.open({ lockConfiguration: false });
    try {
      await small.query(raw("set memory_limit = '2MB'"));
      const error = await small
        .query(raw('select count(*) from (select range::varchar s from range(3000000) order by s)'))
        .then(
          () => new Error('it ran'),
          (e: unknown) => e,
        );
      expect(classifyEngineError(error).kind).toBe('outOfMemory');
    } finally {
      await small.close();
    }
  });

  it('messages seen in the browser build and in this app map too', () => {
    expect(classifyEngineError(new Error('INTERRUPT Error: Interrupted!')).kind).toBe('interrupted');
    expect(classifyEngineError(new Error('The query was cancelled')).kind).toBe('interrupted');
    expect(classifyEngineError('Invalid Input Error: CSV Parser state machine reached an invalid state').kind).toBe(
      'csvParse',
    );
    expect(classifyEngineError('Invalid Input Error: Value with unterminated quote found.').kind).toBe('csvQuote');
    expect(classifyEngineError('Unexpected token } in JSON at position 9').kind).toBe('notJson');
  });

  it('every kind has its message in both languages, and Chinese carries no engine English', () => {
    for (const kind of ENGINE_ERROR_KINDS)
      for (const key of [`engine.error.${kind}`, `engine.error.${kind}.todo`]) {
        expect(CATALOG.en[key], key).toBeTruthy();
        expect(CATALOG['zh-CN'][key], key).toMatch(/[\u4e00-\u9fff]/);
        expect(CATALOG['zh-CN'][key], key).not.toMatch(/Error|Binder|Catalog|VARCHAR|INT32/);
      }
  });

  it('explains with the line where the engine names one, and keeps the raw text apart', async () => {
    const error = await failure(`select count(*) from read_csv('ingest/short.csv', ${EXPLICIT})`);
    // short.csv: header on line 1, 3,000 good rows on lines 2–3,001, the short row "1,2" on line 3,002.
    const t = (key: string, params?: Record<string, string | number>) => translate('zh-CN', key, params);
    const explained = explainError(t, error);
    expect(explained.what).toBe('有行的字段数与表头不一致，见第 3002 行');
    expect(explained.text).toBe(
      '有行的字段数与表头不一致，见第 3002 行。请在读取选项中检查分隔符，或勾选“跳过无法解析的行”。',
    );
    expect(explained.text).not.toContain('Expected Number of Columns');
    expect(explained.raw).toContain('Expected Number of Columns: 3 Found: 2');
  });
});

describe('types and values in the user’s words', () => {
  const zh = (key: string) => translate('zh-CN', key);
  const en = (key: string) => translate('en', key);

  it('maps the types the engine reports for real columns', async () => {
    const result = await engine.query(
      raw(`select column_type as type from (describe select 'a'::varchar v, 1::bigint i, 1::integer j, 1.5::double d,
        1.5::decimal(10, 2) m, date '2026-01-01' dt, time '08:00:00' tm, timestamp '2026-01-01 08:00:00' ts, true b)`),
    );
    const types = result.rows.map((r) => String(r.type));
    expect(types).toEqual([
      'VARCHAR',
      'BIGINT',
      'INTEGER',
      'DOUBLE',
      'DECIMAL(10,2)',
      'DATE',
      'TIME',
      'TIMESTAMP',
      'BOOLEAN',
    ]);
    expect(types.map((type) => typeWord(zh, type))).toEqual([
      '文本',
      '整数',
      '整数',
      '小数',
      '小数',
      '日期',
      '时间',
      '日期时间',
      '是/否',
    ]);
    expect(types.map((type) => typeWord(en, type))).toEqual([
      'text',
      'whole number',
      'whole number',
      'decimal',
      'decimal',
      'date',
      'time',
      'date and time',
      'yes/no',
    ]);
  });

  it('maps Arrow type names as well', () => {
    expect(
      ['Utf8', 'Int64', 'Float64', 'Date32<DAY>', 'Timestamp<MICROSECOND>', 'Bool', 'Time64<MICROSECOND>'].map(
        typeKind,
      ),
    ).toEqual(['text', 'integer', 'decimal', 'date', 'datetime', 'boolean', 'time']);
    expect(typeKind('INTERVAL')).toBe('other');
  });

  it('a real boolean reads 是/否; the user’s own text "true" stays as written', () => {
    expect(valueWord(zh, true)).toBe('是');
    expect(valueWord(zh, 'false', 'BOOLEAN')).toBe('否');
    expect(valueWord(en, 'true', 'BOOLEAN')).toBe('Yes');
    expect(valueWord(zh, 'true', 'VARCHAR')).toBe('true');
    expect(valueWord(zh, '接通', 'VARCHAR')).toBe('接通');
  });
});
