import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launchBrowser, startPreview, stopPreview, type Suite } from './harness.ts';
import { bundleSize } from './suites/bundle-size.ts';
import { canonicalBuild } from './suites/canonical-build.ts';
import { csvIngest } from './suites/csv-ingest.ts';
import { drill } from './suites/drill.ts';
import { engineStart } from './suites/engine-start.ts';
import { explore } from './suites/explore.ts';
import { exportsSuite } from './suites/exports.ts';
import { firstChart } from './suites/first-chart.ts';
import { ingest10m } from './suites/ingest-10m.ts';
import { ingestFormats } from './suites/ingest-formats.ts';
import { offline } from './suites/offline.ts';
import { overview } from './suites/overview.ts';
import { persistence } from './suites/persistence.ts';
import { value } from './suites/value.ts';
import { reasons } from './suites/reasons.ts';
import { taxonomy } from './suites/taxonomy.ts';
import { variance } from './suites/variance.ts';

// Later issues add their suites here, in the order they should run.
const SUITES: Suite[] = [
  bundleSize,
  engineStart,
  firstChart,
  csvIngest,
  ingestFormats,
  ingest10m,
  overview,
  canonicalBuild,
  persistence,
  value,
  drill,
  offline,
  reasons,
  taxonomy,
  variance,
  explore,
  exportsSuite,
];

const only = process.argv.slice(2);
const chosen = only.length ? SUITES.filter((s) => only.some((o) => s.name.includes(o))) : SUITES;

if (!existsSync('dist/index.html') || process.env.BENCH_REBUILD)
  execSync('npx vite build --mode test', { stdio: 'inherit' });
const server = await startPreview();
const browser = await launchBrowser();
console.log(`Callsight benchmarks — ${new Date().toISOString()} — ${process.version}, ${browser.version()}`);
try {
  for (const suite of chosen) {
    console.log(`\n## ${suite.name}`);
    await suite.run({
      browser,
      report: (name, figure, budget) =>
        console.log(`  ${name.padEnd(64)} ${figure.padStart(12)}${budget ? `   (budget ${budget})` : ''}`),
    });
  }
} finally {
  await browser.close();
  stopPreview(server);
}
