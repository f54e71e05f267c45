import type { Page } from '@playwright/test';
import { generateCallsCsv } from '../generate-calls.ts';
import { median, openAppPage, type Suite, attachFile } from '../harness.ts';

const ROWS = 1_000_000;
const RUNS = 3;

async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => window.callsight?.readyMs !== undefined, null, { timeout: 60_000 });
}

async function ingest(page: Page, path: string): Promise<void> {
  await attachFile(page, path);
  await page.evaluate(async () => {
    const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
    const engine = await window.callsight!.engine();
    await engine.registerFile('bench.csv', file);
    await engine.query(window.callsight!.raw("create table calls as select * from read_csv('bench.csv')"));
  });
}

/** Candidate A: the table as Arrow IPC bytes in an IndexedDB object store. */
async function idbSaveMs(page: Page): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    const started = performance.now();
    const bytes = await engine.exportArrowIPC(window.callsight!.raw('select * from calls'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-persistence', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('tables');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('tables', 'readwrite');
      tx.objectStore('tables').put(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'calls');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return { ms: performance.now() - started, bytes: bytes.byteLength };
  });
}

async function idbRestoreMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-persistence', 1);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const blob = await new Promise<Blob>((resolve, reject) => {
      const get = db.transaction('tables').objectStore('tables').get('calls');
      get.onsuccess = () => resolve(get.result as Blob);
      get.onerror = () => reject(get.error);
    });
    db.close();
    await engine.insertArrowIPC(new Uint8Array(await blob.arrayBuffer()), { name: 'calls', create: true });
    const rows = await engine.query(window.callsight!.raw('select count(*) as n from calls'));
    if (rows.rows[0]?.n !== 1_000_000) throw new Error('restore lost rows');
    return performance.now() - started;
  });
}

/** Candidate B: the same Arrow IPC bytes as a file in the origin-private file system. */
async function opfsSaveMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    const started = performance.now();
    const bytes = await engine.exportArrowIPC(window.callsight!.raw('select * from calls'));
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('bench-calls.arrow', { create: true });
    const writable = await handle.createWritable();
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
    return performance.now() - started;
  });
}

async function opfsRestoreMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    const started = performance.now();
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle('bench-calls.arrow')).getFile();
    await engine.insertArrowIPC(new Uint8Array(await file.arrayBuffer()), { name: 'calls', create: true });
    const rows = await engine.query(window.callsight!.raw('select count(*) as n from calls'));
    if (rows.rows[0]?.n !== 1_000_000) throw new Error('restore lost rows');
    return performance.now() - started;
  });
}

/** Candidate C: a DuckDB database file in OPFS, attached; returns the error if the engine refuses it. */
async function opfsDatabaseOutcome(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    try {
      const started = performance.now();
      await engine.registerOpfsFile('opfs://bench-persistence.duckdb');
      await engine.query(window.callsight!.raw("attach 'opfs://bench-persistence.duckdb' as store"));
      await engine.query(window.callsight!.raw('create or replace table store.calls as select * from calls'));
      await engine.query(window.callsight!.raw('detach store'));
      return `saved in ${((performance.now() - started) / 1000).toFixed(2)} s`;
    } catch (error) {
      return `fails: ${error instanceof Error ? error.message.slice(0, 90) : String(error)}`;
    }
  });
}

/** The product path: a file opened in the data panel is kept by the app and reopened by it after a reload. */
async function appPath(
  page: Page,
  path: string,
): Promise<{ save: number; restore: number[]; fromNavigation: number[] }> {
  await page.getByTestId('file-input').setInputFiles(path);
  const save = await page.waitForFunction(
    () => performance.getEntriesByName('callsight:dataset-saved')[0]?.duration,
    null,
    { timeout: 120_000 },
  );
  const restore: number[] = [];
  const fromNavigation: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await reloadApp(page);
    const entry = await page.waitForFunction(
      () => {
        const m = performance.getEntriesByName('callsight:datasets-restored')[0] as PerformanceMeasure | undefined;
        return m && (m.detail as { count: number }).count > 0
          ? { duration: m.duration, end: m.startTime + m.duration }
          : null;
      },
      null,
      { timeout: 120_000 },
    );
    const { duration, end } = (await entry.jsonValue())!;
    restore.push(duration);
    fromNavigation.push(end);
  }
  return { save: (await save.jsonValue()) as number, restore, fromNavigation };
}

/** Saving a 1M-row dataset and reopening it after a reload: the app's own path, then IndexedDB against OPFS. */
export const persistence: Suite = {
  name: 'persistence',
  async run({ browser, report }) {
    const path = await generateCallsCsv(ROWS);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

    const appPage = await openAppPage(browser);
    const app = await appPath(appPage, path);
    await appPage.context().close();
    report('app: keep 1M calls on this device after loading (IndexedDB, Arrow IPC chunks)', s(app.save));
    report(
      `app: reopen 1M calls after a reload, engine ready → table back (median of ${RUNS})`,
      s(median(app.restore)),
      '≤ 2 s',
    );
    report(
      `app: reopen 1M calls after a reload, navigation → table back (median of ${RUNS})`,
      s(median(app.fromNavigation)),
    );

    const page = await openAppPage(browser);
    await ingest(page, path);
    const idbSave: number[] = [];
    const opfsSave: number[] = [];
    let size = 0;
    const database = await opfsDatabaseOutcome(page);
    for (let i = 0; i < RUNS; i++) {
      const saved = await idbSaveMs(page);
      idbSave.push(saved.ms);
      size = saved.bytes;
      opfsSave.push(await opfsSaveMs(page));
    }
    const idbRestore: number[] = [];
    const opfsRestore: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await reloadApp(page);
      idbRestore.push(await idbRestoreMs(page));
      await reloadApp(page);
      opfsRestore.push(await opfsRestoreMs(page));
    }
    report('candidates: Arrow IPC size of 1M calls', `${(size / 1e6).toFixed(0)} MB`);
    report('candidates: save 1M rows, Arrow IPC blob in IndexedDB (median)', s(median(idbSave)));
    report('candidates: save 1M rows, Arrow IPC file in OPFS (median)', s(median(opfsSave)));
    report('candidates: reopen 1M rows, IndexedDB blob → table', s(median(idbRestore)), '≤ 2 s');
    report('candidates: reopen 1M rows, OPFS file → table', s(median(opfsRestore)), '≤ 2 s');
    report('candidates: DuckDB database file in OPFS', database);
    await page.context().close();
  },
};
