import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallsightDb } from '../../src/spec/db';
import type { Migration } from '../../src/spec/migrations';
import { TAXONOMY_DOCUMENT_ID } from '../../src/spec/storage-names';
import { taxonomyFromDocument } from '../../src/spec/taxonomy-file';
import { migrateTaxonomy, TAXONOMY_MIGRATIONS } from '../../src/spec/taxonomy-migrations';
import { TaxonomyRepo } from '../../src/spec/taxonomy-repo';
import { billing } from './fixtures';

let name: string;
let db: CallsightDb;
beforeEach(async () => {
  name = `callsight-taxonomy-${Math.random()}`;
  db = new CallsightDb(name);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('TaxonomyRepo', () => {
  it('saves and loads the taxonomy and whether it is applied, across a reopen', async () => {
    const repo = new TaxonomyRepo(db, () => 42);
    expect(await repo.load()).toBeUndefined();
    expect(await repo.save(billing(), true)).toBe(true);
    db.close();
    db = new CallsightDb(name);
    await db.open();
    expect(await new TaxonomyRepo(db).load()).toEqual({
      ok: true,
      value: { taxonomy: billing(), applied: true, updatedAt: 42 },
    });
  });

  it('a record written by a newer app is reported, kept, and never overwritten', async () => {
    const newer = { id: TAXONOMY_DOCUMENT_ID, version: 99, updatedAt: 1, data: { taxonomy: { future: true } } };
    await db.taxonomy.put(newer);
    const repo = new TaxonomyRepo(db);
    expect(await repo.load()).toEqual({ ok: false, problem: { kind: 'newer-version', version: 99 } });
    expect(await repo.save(billing(), false)).toBe(false);
    expect(await db.taxonomy.get(TAXONOMY_DOCUMENT_ID)).toEqual(newer);
  });

  it('a corrupt record is reported and left in place', async () => {
    const corrupt = { id: TAXONOMY_DOCUMENT_ID, version: 1, updatedAt: 1, data: { taxonomy: { reasons: 'x' } } };
    await db.taxonomy.put(corrupt);
    const loaded = await new TaxonomyRepo(db).load();
    expect(loaded).toEqual({ ok: false, problem: { kind: 'not-a-taxonomy', where: 'taxonomy.categories' } });
    expect(await db.taxonomy.get(TAXONOMY_DOCUMENT_ID)).toEqual(corrupt);
  });
});

describe('taxonomy migrations', () => {
  // A hypothetical version 2 that renamed `codes` to `rawCodes`, to show a stored version-1 document is carried
  // through a named step (the released chain starts at version 1, so it has no step yet).
  const toTwo: Migration = {
    id: 'com.callsight.taxonomy/2.TestRenameCodes',
    from: 1,
    up: (doc) => {
      const t = doc.taxonomy as Record<string, unknown>;
      const { codes, ...rest } = t;
      return { ...doc, version: 2, taxonomy: { ...rest, rawCodes: codes } };
    },
  };
  const back: Migration = {
    id: 'com.callsight.taxonomy/3.TestCodesAgain',
    from: 2,
    up: (doc) => {
      const t = doc.taxonomy as Record<string, unknown>;
      const { rawCodes, ...rest } = t;
      return { ...doc, version: 3, taxonomy: { ...rest, codes: rawCodes } };
    },
  };

  it('runs each named step in order and reports which', () => {
    const doc = { type: 'callsight/taxonomy', version: 1, taxonomy: billing() };
    const { doc: out, applied } = migrateTaxonomy(doc, 1, [back, toTwo], 3);
    expect(applied).toEqual(['com.callsight.taxonomy/2.TestRenameCodes', 'com.callsight.taxonomy/3.TestCodesAgain']);
    expect(out.taxonomy).toEqual(billing());
    expect(taxonomyFromDocument(doc, [toTwo, back], 3)).toEqual({ ok: true, value: billing() });
  });

  it('a missing step is a clear refusal, not a half-migrated taxonomy', () => {
    const doc = { type: 'callsight/taxonomy', version: 1, taxonomy: billing() };
    expect(taxonomyFromDocument(doc, [back], 3)).toEqual({
      ok: false,
      problem: { kind: 'not-a-taxonomy', where: 'version' },
    });
    expect(TAXONOMY_MIGRATIONS).toEqual([]);
  });
});
