// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defineAnalysis, type AnalysisPanelProps } from '../../src/analyses/common/module';
import { ANALYSES } from '../../src/app/registry';
import { CATALOG } from '../../src/i18n/catalog';
import { defineMessages } from '../../src/i18n/define';
import { useT } from '../../src/i18n/react';

afterEach(cleanup);

const probeTitle = defineMessages({ 'probe.title': 'Probe' }, { 'probe.title': '探针' });
const probeCatalog = defineMessages({ 'probe.body': 'Loaded with its panel' }, { 'probe.body': '随面板加载' });

function ProbePanel(_: AnalysisPanelProps<Record<string, never>>) {
  const t = useT();
  return <p data-testid="probe">{t('probe.body')}</p>;
}

describe('a lazy analysis module', () => {
  it('renders its panel only once its own catalogue is registered, so no raw key shows', async () => {
    let releaseCatalog: () => void = () => undefined;
    const catalogArrived = new Promise<void>((resolve) => (releaseCatalog = resolve));
    const probe = defineAnalysis({
      id: 'probe',
      titleKey: 'probe.title',
      settings: {},
      needs: [],
      messages: probeTitle,
      // The panel's code arrives at once; its catalogue only when released.
      catalog: () => catalogArrived.then(() => probeCatalog),
      panel: () => Promise.resolve(ProbePanel),
    });
    expect(CATALOG.en['probe.body']).toBeUndefined();
    const { Panel } = probe;
    render(
      <Suspense fallback={<p data-testid="waiting">…</p>}>
        <Panel context={{} as never} settings={{}} onSettings={() => undefined} />
      </Suspense>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The code alone is not enough: still the fallback, never 'probe.body'.
    expect(screen.getByTestId('waiting')).toBeTruthy();
    expect(screen.queryByTestId('probe')).toBeNull();
    releaseCatalog();
    expect((await screen.findByTestId('probe')).textContent).toBe('Loaded with its panel');
    expect(probe.catalog).toBeDefined();
  });

  it('every lazy module in the registry keeps only its navigation title eager', async () => {
    for (const module of ANALYSES.filter((a) => a.catalog)) {
      expect(Object.keys(module.messages.en), module.id).toEqual([module.titleKey]);
      const lazy = await module.catalog!();
      // The title is declared once, in the eager part; the rest come with the panel.
      expect(Object.keys(lazy.en), module.id).not.toContain(module.titleKey);
      expect(Object.keys(lazy.en).length, module.id).toBeGreaterThan(10);
    }
  });
});
