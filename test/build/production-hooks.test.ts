import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(path.join(tmpdir(), 'callsight-prod-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the production build', () => {
  it('carries no test or bench handles (only `vite build --mode test` does)', { timeout: 300_000 }, async () => {
    await build({ root, mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const assets = path.join(outDir, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const text = scripts.map((f) => readFileSync(path.join(assets, f), 'utf8')).join('\n');
    for (const handle of ['callsightModel', 'benchIngest', 'overviewQueryMs', 'window.callsight'])
      expect(text.includes(handle), handle).toBe(false);
  });
});
