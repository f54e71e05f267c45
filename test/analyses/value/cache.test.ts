import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { NO_FILTERS, type Filters, type Mapping } from '../../../src/model';
import { concentrationSql, momentsSql } from '../../../src/analyses/value/distribution-sql';
import { kindsSummarySql, matrixSql } from '../../../src/analyses/value/kinds-sql';
import { lifetimeSummarySql } from '../../../src/analyses/value/lifetime-sql';
import { valueTablePageSql } from '../../../src/analyses/value/table-sql';
import { cachedSpec } from '../../../src/analyses/value/value-cache';
import { DEFAULT_VALUE_SETTINGS, valueSpec, type ValueSpec } from '../../../src/analyses/value/value-spec';
import { vipListSql, vipScatterSql } from '../../../src/analyses/value/vip-sql';
import { whaleSql } from '../../../src/analyses/value/whale-sql';
import type { Fragment } from '../../../src/sql';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from './fixture';

let engine: Engine;
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadValueFixture(engine);
});
afterAll(async () => {
  await engine.close();
});

const improvers = ['Complaint', 'Suggestion'];
const page = { sort: 'customer_id', descending: false, search: '', limit: 50, offset: 0 } as const;
const queries = (s: ValueSpec): [string, Fragment][] => [
  ['moments', momentsSql(s, 'net')],
  ['concentration', concentrationSql(s, 'ratio')],
  ['whale', whaleSql(s)],
  ['vips', vipListSql({ ...s, settings: { ...s.settings, vipRule: { kind: 'z', k: 1 } } })],
  ['scatter', vipScatterSql(s)],
  ['kinds', kindsSummarySql(s, improvers)],
  ['matrix', matrixSql(s, improvers)],
  ['lifetime', lifetimeSummarySql(s)],
  ['table', valueTablePageSql(s, page)],
];

async function answers(s: ValueSpec) {
  const out: Record<string, unknown> = {};
  for (const [name, q] of queries(s)) out[name] = (await engine.query(q)).rows;
  return out;
}

describe('the cache tables answer as the canonical views do', () => {
  // Unfiltered (the build's caller totals and lifetime table serve), by dates (C2 and C3 call from May on), by
  // segment (the four consumers), and by a reason category the fixture lacks (nobody).
  const cases: [string, Filters][] = [
    ['no filter', NO_FILTERS],
    ['dates', { ...NO_FILTERS, dateFrom: '2026-05-01' }],
    ['segment', { ...NO_FILTERS, segments: ['Consumer'] }],
    ['nobody', { ...NO_FILTERS, reasonCategories: ['none such'] }],
  ];
  it.each(cases)('%s', async (_, filters) => {
    const plain = valueSpec(mapping, filters, DEFAULT_VALUE_SETTINGS);
    const cached = await cachedSpec(engine, plain, improvers, 7);
    expect(await answers(cached)).toEqual(await answers(plain));
  });
});
