import { describe, expect, it } from 'vitest';
import { completionEntries, writtenName, type SchemaColumn } from '../../src/explore/completion';

const RESERVED = new Set(['select', 'order', 'from', 'table']);

describe('writtenName', () => {
  it.each([
    // A lower-case, non-reserved name reads back unchanged, so it stays bare.
    ['duration_sec', 'duration_sec'],
    // Capitals would be folded by DuckDB only if unquoted; quoting keeps the name as the list shows it.
    ['CallId', '"CallId"'],
    ['来电原因', '"来电原因"'],
    // The name a"b: its quote is doubled inside the quotes.
    ['a"b', '"a""b"'],
    ['order', '"order"'],
    ['<img src=x onerror=alert(1)>', '"<img src=x onerror=alert(1)>"'],
    // Empty-looking names: a space, a zero-width space.
    [' ', '" "'],
    ['\u200b', '"\u200b"'],
    ['1st', '"1st"'],
  ])('%j is written as %s', (name, written) => {
    expect(writtenName(name, RESERVED)).toBe(written);
  });
});

const column = (schema: string, table: string, name: string, type = 'VARCHAR'): SchemaColumn => ({
  schema,
  table,
  column: name,
  type,
});

describe('completionEntries', () => {
  const entries = completionEntries(
    [
      column('main', 'My Calls', '来电原因'),
      column('main', 'My Calls', 'a"b', 'BIGINT'),
      column('main', 'My Calls', '<img src=x onerror=alert(1)>'),
      column('main', 'order', 'order', 'DATE'),
      column('main', 'order', 'a"b', 'BIGINT'),
      column('canonical', 'calls', 'call_id'),
      column('canonical', 'calls', 'a"b', 'BIGINT'),
      column('canonical', '来电', ' '),
    ],
    RESERVED,
  );

  it('offers each table once: loaded ones by name, canonical views qualified', () => {
    expect(entries.filter((e) => e.type === 'table')).toEqual([
      { label: 'My Calls', apply: '"My Calls"', type: 'table', detail: 'table' },
      { label: 'order', apply: '"order"', type: 'table', detail: 'table' },
      { label: 'canonical.calls', apply: 'canonical.calls', type: 'table', detail: 'view' },
      { label: 'canonical.来电', apply: 'canonical."来电"', type: 'table', detail: 'view' },
    ]);
  });

  it('offers each column name once, labelled as the name and inserted quoted', () => {
    const columns = entries.filter((e) => e.type === 'column');
    expect(columns.map((e) => [e.label, e.apply])).toEqual([
      ['来电原因', '"来电原因"'],
      ['a"b', '"a""b"'],
      ['<img src=x onerror=alert(1)>', '"<img src=x onerror=alert(1)>"'],
      ['order', '"order"'],
      ['call_id', 'call_id'],
      [' ', '" "'],
    ]);
    // a"b is in three tables; the detail names all three (three is not more than the three shown, so no "…").
    expect(columns.find((e) => e.label === 'a"b')?.detail).toBe('BIGINT · My Calls, order, canonical.calls');
  });

  it('shortens the table list after three names', () => {
    const many = completionEntries(
      ['t1', 't2', 't3', 't4'].map((t) => column('main', t, 'x', 'INTEGER')),
      RESERVED,
    );
    expect(many.find((e) => e.type === 'column')?.detail).toBe('INTEGER · t1, t2, t3…');
  });
});
