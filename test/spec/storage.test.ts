import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { CallsightDb, openDb } from '../../src/spec/db';
import { ViewsRepo } from '../../src/spec/views-repo';
import { StorageWriteError } from '../../src/spec/write-errors';
import { sampleSpec, versionOneSpec } from './fixtures';

let name: string;
let db: CallsightDb;
let clock: number;
let ids: number;

beforeEach(async () => {
  name = `callsight-test-${Math.random()}`;
  db = new CallsightDb(name);
  await db.open();
  clock = 1_000;
  ids = 0;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const repo = () =>
  new ViewsRepo(
    db,
    () => clock++,
    () => `view-${++ids}`,
  );

describe('ViewsRepo', () => {
  it('saves, lists newest first, renames, duplicates, deletes and undoes', async () => {
    const views = repo();
    const a = await views.create('  Answer rate, Mobile  ', sampleSpec(), null);
    const b = await views.create('Reasons', sampleSpec(), 'data:image/png;base64,AAAA');
    expect(a.name).toBe('Answer rate, Mobile');
    expect((await views.list()).views.map((v) => v.name)).toEqual(['Reasons', 'Answer rate, Mobile']);

    await views.rename(a.id, 'Mobile KPIs');
    const copy = await views.duplicate(b.id, 'Reasons (copy)');
    expect(copy?.spec).toEqual(b.spec);
    expect((await views.list()).views.map((v) => v.name)).toEqual(['Reasons (copy)', 'Mobile KPIs', 'Reasons']);

    const removed = await views.remove(a.id);
    expect((await views.list()).views).toHaveLength(2);
    await views.put([removed!]);
    expect((await views.get(a.id))?.name).toBe('Mobile KPIs');
  });

  it('reads a view stored by an older schema version, migrated', async () => {
    await db.views.add({
      id: 'old',
      name: 'Old view',
      createdAt: 1,
      updatedAt: 1,
      thumbnail: null,
      spec: versionOneSpec(),
    });
    const view = await repo().get('old');
    expect(view?.spec.schemaVersion).toBe(3);
    expect(view?.spec.datasets.map((d) => d.table)).toEqual(['calls_jan']);
    expect(view?.spec.filters).toEqual(sampleSpec().filters);
  });

  it('keeps a view it cannot read and says why, next to the readable ones', async () => {
    await db.views.add({
      id: 'new',
      name: 'From the future',
      createdAt: 1,
      updatedAt: 5,
      thumbnail: null,
      spec: { schemaVersion: 7 },
    });
    await repo().create('Fine', sampleSpec(), null);
    const { views, unreadable } = await repo().list();
    expect(views.map((v) => v.name)).toEqual(['Fine']);
    expect(unreadable).toEqual([
      {
        id: 'new',
        name: 'From the future',
        problem: { code: 'newer-version', path: 'spec.schemaVersion', detail: 'written by view version 7', version: 7 },
      },
    ]);
    expect(await db.views.count()).toBe(2);
  });

  it('turns a full disk into a quota error and keeps what was stored', async () => {
    const views = repo();
    const kept = await views.create('Kept', sampleSpec(), null);
    vi.spyOn(db.views, 'add').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const failure = await views.create('Too big', sampleSpec(), null).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect((failure as StorageWriteError).failure).toBe('quota');
    expect((await views.list()).views.map((v) => v.id)).toEqual([kept.id]);
  });
});

describe('openDb', () => {
  it('opens a database a newer app wrote (higher version, extra store) and keeps its data', async () => {
    const future = `callsight-future-${Math.random()}`;
    const newer = new Dexie(future);
    newer.version(5).stores({
      views: 'id, updatedAt',
      datasets: 'id, &table',
      datasetChunks: '[chunkSet+index], chunkSet',
      taxonomy: 'id',
      settings: 'key',
      dashboards: 'id',
    });
    await newer.open();
    await newer
      .table('views')
      .add({ id: 'v9', name: 'Future', createdAt: 1, updatedAt: 1, thumbnail: null, spec: { schemaVersion: 9 } });
    await newer.table('dashboards').add({ id: 'd1' });
    newer.close();

    const opened = await openDb(future);
    if (!('db' in opened)) throw new Error(opened.detail);
    const { unreadable } = await new ViewsRepo(opened.db).list();
    expect(unreadable.map((u) => u.problem.code)).toEqual(['newer-version']);
    opened.db.close();

    const again = new Dexie(future);
    await again.open();
    expect(await again.table('dashboards').count()).toBe(1);
    expect(await again.table('views').count()).toBe(1);
    again.close();
    await Dexie.delete(future);
  });
});
