import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.ts';

// BENCH_PORT lets a run go ahead while another checkout's server holds the usual port.
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
    // Its own process group: killing only `npx` would leave `vite preview` holding the port after the run.
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

/** Stops the server started by `startPreview`, with every process it started. */
export function stopPreview(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** A fresh page on the app with every request outside the app's origin blocked, engine ready. */
export async function openAppPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url().startsWith(APP_URL) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.waitForFunction(() => window.callsight?.readyMs !== undefined, null, { timeout: 60_000 });
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
