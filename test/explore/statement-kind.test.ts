import { describe, expect, it } from 'vitest';
import { dataChanges } from '../../src/explore/run-statements';
import { splitStatements } from '../../src/explore/sql-scan';
import { planStatement } from '../../src/explore/statement-kind';

const plan = (sql: string) => planStatement(splitStatements(sql)[0]!);

describe('planStatement: statements that change loaded data', () => {
  it.each([
    ['DROP TABLE IF EXISTS main."来电"', { verb: 'drop', target: 'main."来电"', name: '来电' }],
    ['drop view canonical.calls', { verb: 'drop', target: 'canonical.calls', name: 'calls' }],
    ['delete from Calls where x = 1', { verb: 'delete', target: 'Calls', name: 'Calls' }],
    ['UPDATE t SET a = 1', { verb: 'update', target: 't', name: 't' }],
    ['truncate table "a""b"', { verb: 'truncate', target: '"a""b"', name: 'a"b' }],
    ['truncate t', { verb: 'truncate', target: 't', name: 't' }],
    ['alter table t add column c integer', { verb: 'alter', target: 't', name: 't' }],
    ['insert or replace into t values (1)', { verb: 'insert', target: 't', name: 't' }],
    ['insert into "My Calls" select 1', { verb: 'insert', target: '"My Calls"', name: 'My Calls' }],
    [
      'with x as (select 1 as a) delete from t where a in (select a from x)',
      { verb: 'delete', target: 't', name: 't' },
    ],
    ['with x as (select 1) update t set a = (select * from x)', { verb: 'update', target: 't', name: 't' }],
    ['create or replace table calls as select 1', { verb: 'replace', target: 'calls', name: 'calls' }],
    ['CREATE OR REPLACE VIEW "Calls" AS SELECT 1', { verb: 'replace', target: '"Calls"', name: 'Calls' }],
  ])('%s → %j', (sql, change) => {
    expect(plan(sql)).toEqual({ run: 'once', change });
  });
});

describe('planStatement: statements that change nothing loaded', () => {
  it.each([
    'select 1',
    'SELECT * FROM t -- drop table t',
    'from t',
    '(select 1) union all (select 2)',
    'values (1), (2)',
    'describe t',
    'summarize t',
    'with x as (select 1) select * from x',
    // A CTE's body may contain words like delete in strings or names: only the depth-0 verb counts.
    "with x as (select 'delete' as w) select * from x",
  ])('%s is a paged query', (sql) => {
    expect(plan(sql)).toEqual({ run: 'paged' });
  });

  it.each(['create table t2 as select 1', 'create view v as select 1', 'pragma version', 'set threads = 1'])(
    '%s runs once and changes nothing loaded',
    (sql) => {
      expect(plan(sql)).toEqual({ run: 'once', change: null });
    },
  );

  it.each(['install httpfs', 'LOAD httpfs', 'force install spatial'])('%s is refused', (sql) => {
    expect(plan(sql)).toEqual({ run: 'refused', reason: 'extension' });
  });
});

describe('dataChanges', () => {
  const sql =
    'create or replace table calls as select 1; create or replace view "Fresh" as select 1; ' +
    'create or replace view "CALLS" as select 1; delete from t; select 1';
  it('asks about a replace only when the name is loaded (names match ignoring case)', () => {
    // Loaded: calls. The first and third replace it (CALLS folds to calls), the second is new, delete always asks.
    expect(dataChanges(splitStatements(sql), new Set(['calls'])).map((c) => `${c.verb} ${c.target}`)).toEqual([
      'replace calls',
      'replace "CALLS"',
      'delete t',
    ]);
  });
  it('asks nothing for new names and plain queries', () => {
    expect(dataChanges(splitStatements('create or replace table n as select 1; select 2'), new Set())).toEqual([]);
  });
});
