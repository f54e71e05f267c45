import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The zone errors lint reports for `code` as if it were the file `file` (a probe: nothing is written). */
async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'zones/boundaries').map((m) => m.message);
}

describe('lint enforces the zones', () => {
  it('lets a file import what lies below it', async () => {
    expect(await zoneErrors('src/analyses/kpi/probe.ts', "export { callsWhere } from '../../metrics';\n")).toEqual([]);
    expect(
      await zoneErrors('src/app/probe.ts', "export { OverviewPanel } from '../analyses/kpi/OverviewPanel';\n"),
    ).toEqual([]);
  });

  it('refuses ui importing an analysis, statically or through import()', async () => {
    expect(await zoneErrors('src/ui/probe.ts', "export { TILES } from '../analyses/kpi/kpi-shape';\n")).toHaveLength(1);
    expect(
      await zoneErrors('src/ui/probe.ts', "export const load = () => import('../analyses/kpi/kpi-shape');\n"),
    ).toHaveLength(1);
  });

  it('refuses one analysis importing a sibling, but not analyses/common', async () => {
    const sibling = "import { TILES } from '../kpi/kpi-shape';\nexport const x = TILES;\n";
    expect(await zoneErrors('src/analyses/value/probe.ts', sibling)).toEqual([
      expect.stringContaining('may not import its sibling src/analyses/kpi'),
    ]);
    const common = "import { readSettings } from '../common/settings';\nexport const x = readSettings;\n";
    expect(await zoneErrors('src/analyses/value/probe.ts', common)).toEqual([]);
  });

  it('refuses one feature importing another', async () => {
    const code = "import { FilterBar } from '../filters/FilterBar';\nexport const x = FilterBar;\n";
    expect(await zoneErrors('src/features/data/probe.ts', code)).toHaveLength(1);
  });

  it('keeps React and stores out of pure files', async () => {
    const react = "import { useState } from 'react';\nexport const x = useState;\n";
    expect(await zoneErrors('src/metrics/probe.ts', react)).toHaveLength(1);
    expect(await zoneErrors('src/analyses/kpi/probe-sql.ts', react)).toHaveLength(1);
    const store = "import { useModelStore } from '../../state/model-store';\nexport const x = useModelStore;\n";
    expect(await zoneErrors('src/analyses/kpi/probe-shape.ts', store)).toHaveLength(1);
  });

  it('gives each wrapped library one home', async () => {
    const echarts = "export const load = () => import('echarts/core');\n";
    expect(await zoneErrors('src/analyses/kpi/probe.ts', echarts)).toHaveLength(1);
    expect(await zoneErrors('src/ui/chart/probe.ts', echarts)).toEqual([]);
    expect(await zoneErrors('src/state/probe.ts', "export { default } from 'dexie';\n")).toHaveLength(1);
    expect(await zoneErrors('src/model/probe.ts', "export * from '@duckdb/duckdb-wasm';\n")).toHaveLength(1);
  });
});
