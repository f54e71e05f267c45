import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Suite } from '../harness.ts';

/** Gzip size of the JavaScript the first screen loads: the entry and its preloaded chunks. */
export const bundleSize: Suite = {
  name: 'bundle size',
  async run({ report }) {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const bytes = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join('dist', file)), { level: 9 }).length,
      0,
    );
    report(`first-screen JavaScript, gzip (${scripts.length} files)`, `${(bytes / 1024).toFixed(0)} KB`, '≤ 150 KB');
  },
};
