import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.ts';

// BENCH_PORT moves the run off 4174 when something else holds it.
export const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4174);
export const APP_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;

/** Serves the built app (`dist/`) on loopback for the benchmark run. */
export async function startPreview(): Promise<ChildProcess> {
  // A server left on the port would serve some other build and every figure would describe it.
  const stale = await fetch(APP_URL).then(
    () => true,
    () => false,
  );
  if (stale) throw new Error(`Something already answers on ${APP_URL}; stop it so the bench serves this build.`);
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PREVIEW_PORT), '--strictPort'],
    // Its own process group, so stopping it also stops the vite that npx starts.
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(APP_URL)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on ${APP_URL}`);
}

/** Stops the preview server with its children; `kill()` alone left vite serving after the run. */
export function stopPreview(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** A fresh page on the app with every request outside the app's origin blocked, engine ready and warmed up. */
export async function openAppPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url().startsWith(APP_URL) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.goto(APP_URL);
  // A user picks a file after the page has loaded; by then the ingest warm-up has run, as here.
  await page.waitForFunction(() => window.callsight?.warmedUp === true, null, { timeout: 60_000 });
  return page;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value below which p (0..1) of the list falls. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export interface BenchContext {
  browser: Browser;
  /** Prints one result line: a name, a figure, and optionally its budget. */
  report: (name: string, figure: string, budget?: string) => void;
}

/** One group of measurements; `bench/suites/*.ts` each export one. */
export interface Suite {
  name: string;
  run: (ctx: BenchContext) => Promise<void>;
}

/** Puts a file from disk into the page as `#bench-file`'s File, as a user's pick would. */
export async function attachFile(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    document.getElementById('bench-file')?.remove();
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-file', path);
}

/**
 * Size of the engine's WebAssembly memory in the page's engine worker, bytes. Reads duckdb-wasm's internal
 * bindings object (a global of its worker script); benchmarks only. The memory only grows, so this is its peak.
 */
export async function wasmHeapBytes(page: Page): Promise<number> {
  for (const worker of page.workers()) {
    const bytes = await worker.evaluate(() => {
      const bindings = (globalThis as { DUCKDB_BINDINGS?: { _instance?: { HEAP8?: Int8Array } } }).DUCKDB_BINDINGS;
      return bindings?._instance?.HEAP8?.buffer.byteLength ?? 0;
    });
    if (bytes > 0) return bytes;
  }
  throw new Error('No engine worker with a WebAssembly memory was found');
}

/** What loading a generated calls file through the app's own ingest and auto-mapping gave. */
export interface LoadedCalls {
  readonly status: string;
  /** Milliseconds of detection, the canonical build and its report (not the file's read). */
  readonly mapMs: number;
  readonly materialised: boolean | null;
  readonly error: string | null;
  readonly mapping: unknown;
  readonly table: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

/**
 * Reads a calls file through the app's own ingest (a 10M-call file goes to the compressed database, as it would
 * for a user), adds it as a dataset and applies the mapping detection proposes.
 */
export async function loadCallsInPage(page: Page, path: string, rows: number): Promise<LoadedCalls> {
  await attachFile(page, path);
  return page.evaluate(async (n) => {
    const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
    const loaded = await window.callsight!.benchIngest!(file, true);
    const made = loaded.tables?.[0];
    if (!made) throw new Error(`the file did not load: ${loaded.error}`);
    window.callsightModel!.addDataset({
      id: 'bench',
      table: made.table,
      label: file.name,
      sources: [file.name],
      rows: n,
      columns: [...made.columns],
    });
    const started = performance.now();
    const status = await window.callsightModel!.autoMap();
    const state = window.callsightModel!.state();
    return {
      status,
      mapMs: performance.now() - started,
      materialised: state.materialised,
      error: state.error,
      mapping: state.mapping,
      table: made.table,
      columns: [...made.columns],
    };
  }, rows);
}
