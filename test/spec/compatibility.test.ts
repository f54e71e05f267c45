import { describe, expect, it } from 'vitest';
import { checkView, remapCandidates, remapView } from '../../src/spec/compatibility';
import type { DatasetMeta } from '../../src/spec/dataset-persistence';
import { sampleSpec } from './fixtures';

const jan: DatasetMeta = {
  id: 'ds-1',
  table: 'calls_jan',
  label: 'calls-2026-01.csv',
  sources: [],
  rows: 10,
  columns: sampleSpec().datasets[0]!.columns,
};

describe('checkView', () => {
  it('passes when the table and every mapped column are there', () => {
    expect(checkView(sampleSpec(), [jan])).toEqual({ mapping: sampleSpec().mapping, issues: [] });
  });

  it('names the missing table, with its label', () => {
    expect(checkView(sampleSpec(), []).issues).toEqual([
      { kind: 'calls', reason: 'missing-table', table: 'calls_jan', label: 'calls-2026-01.csv' },
    ]);
  });

  it('follows a dataset that kept its id under a new table name', () => {
    const renamed = { ...jan, table: 'calls_january' };
    const result = checkView(sampleSpec(), [renamed]);
    expect(result.issues).toEqual([]);
    expect(result.mapping.calls?.table).toBe('calls_january');
  });

  it("lists the columns next month's file no longer has, and columns whose type changed", () => {
    const feb: DatasetMeta = {
      ...jan,
      columns: [
        { name: 'start_time', type: 'VARCHAR' },
        { name: 'outcome', type: 'VARCHAR' },
      ],
    };
    expect(checkView(sampleSpec(), [feb]).issues).toEqual([
      { kind: 'calls', reason: 'missing-columns', table: 'calls_jan', columns: ['line'] },
      {
        kind: 'calls',
        reason: 'changed-types',
        table: 'calls_jan',
        columns: [{ name: 'start_time', was: 'TIMESTAMP', now: 'VARCHAR' }],
      },
    ]);
  });
});

describe('remapView', () => {
  const feb: DatasetMeta = {
    id: 'ds-2',
    table: 'calls_feb',
    label: 'calls-2026-02.csv',
    sources: [],
    rows: 12,
    columns: [
      { name: 'start_time', type: 'TIMESTAMP' },
      { name: 'outcome', type: 'VARCHAR' },
      { name: 'business_line', type: 'VARCHAR' },
    ],
  };

  it('points the view at another table, keeps the roles it can and names the ones it dropped', () => {
    const { spec, dropped } = remapView(sampleSpec(), 'calls', feb);
    expect(dropped).toEqual(['business_line']);
    expect(spec.mapping.calls).toMatchObject({
      table: 'calls_feb',
      columns: { started_at: 'start_time', answered: 'outcome' },
    });
    expect(spec.mapping.calls?.columns.business_line).toBeUndefined();
    expect(spec.datasets.map((d) => d.table)).toEqual(['calls_feb']);
    expect(checkView(spec, [feb]).issues).toEqual([]);
  });

  it('offers only tables with the columns of the required roles, best first', () => {
    const other: DatasetMeta = { ...feb, id: 'x', table: 'customers', columns: [{ name: 'id', type: 'VARCHAR' }] };
    const partial: DatasetMeta = { ...feb, id: 'y', table: 'p', columns: [{ name: 'outcome', type: 'VARCHAR' }] };
    const lean: DatasetMeta = { ...feb, id: 'z', table: 'lean', columns: feb.columns.slice(0, 2) };
    const full: DatasetMeta = { ...jan, id: 'w', table: 'full' };
    const offered = remapCandidates(sampleSpec(), 'calls', [other, partial, lean, feb, full]).map((d) => d.table);
    // full has all three mapped columns; lean and calls_feb only the two required ones (ties keep the loaded order).
    expect(offered).toEqual(['full', 'lean', 'calls_feb']);
  });
});
