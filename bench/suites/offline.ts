import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.ts';
import { brotliBytes, startCountingProxy } from '../counting-proxy.ts';
import { median, PREVIEW_PORT, type Suite } from '../harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;

/** A browser with its own profile on disk, as a user's is: closing and launching it again is a cold start. */
async function launchProfile(dir: string, origin: string, offline = false): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    serviceWorkers: 'allow',
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
  );
  if (offline) await context.setOffline(true);
  return context;
}

/** Milliseconds from navigation to the engine answering, on a new page of the profile. */
async function engineReadyMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.callsight?.readyMs !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => window.callsight!.readyMs!);
}

/**
 * First visit (bytes on the wire, the wasm's share, engine ready) and the starts after it: offline and online,
 * each in a freshly launched browser on the same profile; beside a first visit with service workers blocked,
 * which is how the app started before it worked offline.
 */
export const offline: Suite = {
  name: 'offline',
  async run({ browser, report }) {
    const proxy = await startCountingProxy(PREVIEW_PORT);
    const firstVisit: number[] = [];
    const offlineStart: number[] = [];
    const onlineRepeat: number[] = [];
    const noWorker: number[] = [];
    let totals = { raw: 0, wasm: 0, wasmRequests: 0, brotli: 0 };
    try {
      for (let run = 0; run < RUNS; run++) {
        const dir = await mkdtemp(join(tmpdir(), 'callsight-offline-'));
        try {
          proxy.reset();
          let context = await launchProfile(dir, proxy.url);
          firstVisit.push(await engineReadyMs(context, proxy.url));
          const page = context.pages().at(-1)!;
          // The visit is over when the worker has cached every file (the page then says the app works offline).
          await page.getByTestId('offline-ready').waitFor({ timeout: 120_000 });
          await context.close();
          const transfers = proxy.transfers();
          if (process.env.BENCH_DEBUG)
            console.log(transfers.map((t) => `${t.path} ${t.requests} ${t.bytes}`).join('\n'));
          const wasm = transfers.filter((t) => /duckdb-eh-.*\.wasm$/.test(t.path));
          totals = {
            raw: transfers.reduce((sum, t) => sum + t.bytes, 0),
            wasm: wasm.reduce((sum, t) => sum + t.bytes, 0),
            wasmRequests: wasm.reduce((sum, t) => sum + t.requests, 0),
            brotli: transfers.reduce((sum, t) => sum + brotliBytes(t.path.replace(/^\//, '')), 0),
          };

          context = await launchProfile(dir, proxy.url, true);
          offlineStart.push(await engineReadyMs(context, proxy.url));
          await context.close();
          context = await launchProfile(dir, proxy.url);
          onlineRepeat.push(await engineReadyMs(context, proxy.url));
          await context.close();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
        const blocked = await browser.newContext({ serviceWorkers: 'block' });
        noWorker.push(await engineReadyMs(blocked, proxy.url));
        await blocked.close();
      }
    } finally {
      await proxy.close();
    }
    const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
    report('first visit: bytes on the wire (vite preview: text gzipped, wasm not)', mb(totals.raw));
    report(`  of which duckdb-eh.wasm (${totals.wasmRequests} request)`, mb(totals.wasm), 'fetched once');
    report('first visit: the same files from a host serving the .br twins', mb(totals.brotli));
    const s = (values: number[]) => `${(median(values) / 1000).toFixed(2)} s`;
    report(`engine ready, first visit with the service worker installing (median of ${RUNS})`, s(firstVisit));
    report(`engine ready, first visit with service workers blocked (before this issue)`, s(noWorker));
    report(`engine ready, cold start offline after one visit (new browser process)`, s(offlineStart));
    report(`engine ready, cold start online after one visit (served by the worker)`, s(onlineRepeat));
  },
};
