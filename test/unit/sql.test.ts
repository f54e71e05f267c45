import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ident, join, literal, quoteIdent, raw, sql } from '../../src/sql';

const HOSTILE = ['"', "'", ';', '"; DROP TABLE x; --', '来电时间', '😀', '', 'a'.repeat(10_000), 'a"b""c'];

describe('quoteIdent', () => {
  it('wraps in double quotes and doubles inner quotes', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteIdent('"; DROP TABLE x; --')).toBe('"""; DROP TABLE x; --"');
    expect(quoteIdent('来电时间')).toBe('"来电时间"');
    expect(quoteIdent('')).toBe('""');
  });

  it('round-trips any name: stripping the outer quotes and halving inner ones gives it back', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000')),
        (name) => {
          const quoted = quoteIdent(name);
          expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
          const inner = quoted.slice(1, -1);
          // every quote inside comes in pairs, so none can end the identifier early
          expect(inner.replaceAll('""', '')).not.toContain('"');
          expect(inner.replaceAll('""', '"')).toBe(name);
        },
      ),
    );
  });

  it('refuses NUL, which no SQL text can carry', () => {
    expect(() => quoteIdent('a\u0000b')).toThrow(/NUL/);
  });
});

describe('literal', () => {
  it('writes each kind of value', () => {
    expect(literal(null)).toBe('NULL');
    expect(literal(true)).toBe('TRUE');
    expect(literal(2.5)).toBe('2.5');
    expect(literal("it's")).toBe("'it''s'");
  });

  it('refuses numbers SQL cannot hold', () => {
    expect(() => literal(Number.NaN)).toThrow();
    expect(() => literal(Infinity)).toThrow();
  });
});

describe('sql template', () => {
  it('binds values as parameters and quotes identifiers', () => {
    const q = sql`select ${ident('客户 ID')} from ${ident('t"1')} where x = ${"'; drop table t; --"} and y > ${3}`;
    expect(q.text).toBe('select "客户 ID" from "t""1" where x = ? and y > ?');
    expect(q.params).toEqual(["'; drop table t; --", 3]);
  });

  it('splices nested fragments with their parameters in order', () => {
    const where = join([sql`a = ${1}`, sql`b = ${'two'}`], ' AND ');
    const q = sql`select ${raw('count(*)')} from t where ${where} limit ${10}`;
    expect(q.text).toBe('select count(*) from t where a = ? AND b = ? limit ?');
    expect(q.params).toEqual([1, 'two', 10]);
  });

  it('never puts a hostile value into the text', () => {
    for (const value of HOSTILE) {
      const q = sql`select ${value}`;
      expect(q.text).toBe('select ?');
      expect(q.params).toEqual([value]);
    }
  });
});
