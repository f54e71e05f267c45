// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { useLanguageStore } from '../../../src/i18n/react';
import { NO_FILTERS, type Mapping } from '../../../src/model';
import { ValuePanel } from '../../../src/analyses/value/ValuePanel';
import { DEFAULT_VALUE_SETTINGS, valueSpec } from '../../../src/analyses/value/value-spec';
import { openTestEngine } from '../../engine/open-engine';
import { loadValueFixture } from './fixture';

let engine: Engine;
let mapping: Mapping;
beforeAll(async () => {
  engine = await openTestEngine();
  mapping = await loadValueFixture(engine);
});
afterAll(async () => {
  await engine.close();
});
afterEach(cleanup);

const figure = (name: string) => document.querySelector(`[data-figure="value.${name}"]`)?.getAttribute('data-value');

function renderPanel() {
  const spec = valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS);
  return render(
    <ValuePanel
      engine={engine}
      spec={spec}
      viewsVersion={1}
      onSettings={() => undefined}
      renderChart={(_option, label) => <div role="img" aria-label={label} />}
    />,
  );
}

describe('the value panel on the hand-worked fixture', () => {
  it('shows every figure with its unrounded value, the verdict and the table', async () => {
    useLanguageStore.setState({ language: 'en' });
    renderPanel();
    await screen.findByTestId('value-panel');
    // Net 100, 80, 20, −40, 40: mean 40, variance 2400 (population) and 3000 (sample).
    expect(figure('customers')).toBe('5');
    expect(Number(figure('mean'))).toBe(40);
    expect(Number(figure('median'))).toBe(40);
    expect(Number(figure('sd_population'))).toBeCloseTo(Math.sqrt(2400), 10);
    expect(Number(figure('sd_sample'))).toBeCloseTo(Math.sqrt(3000), 10);
    // Sorted up −40, 20, 40, 80, 100: Σ(2i − 6)x = 160 − 40 + 0 + 160 + 400 = 680 → Gini 680 ÷ (5 × 200) = 0.68.
    expect(Number(figure('gini'))).toBeCloseTo(0.68, 10);
    expect(Number(figure('top20_share'))).toBeCloseTo(0.5, 10); // C1's 100 of 200
    expect(figure('vip_count')).toBe('0'); // no ratio has z > 2 (C2's is 1.22)
    expect(Number(figure('whale_peak_share'))).toBe(0.8);
    expect(Number(figure('loss_making_share'))).toBe(0.2);
    expect(figure('bimodality')).toBeDefined();
    expect(screen.getByTestId('value-source').getAttribute('data-source')).toBe('customers');
    expect(screen.getByTestId('value-verdict').textContent).toMatch(/top 20% of customers hold 50%/);
    expect(screen.getByText(/The most profitable 80% of customers earn 120% of the total profit/)).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll('[data-testid="value-table"] tbody tr')).toHaveLength(5));
    const c2 = document.querySelector('[data-testid="value-table"] tr[data-key="C2"] [data-figure="value.ratio"]');
    expect(c2?.getAttribute('data-value')).toBe('4');
    const c5 = document.querySelector('[data-testid="value-table"] tr[data-key="C5"] [data-figure="value.ratio"]');
    expect(c5?.textContent).toBe('no service cost');
  });

  it('finds a customer by name through the search box and opens the profile', async () => {
    useLanguageStore.setState({ language: 'en' });
    renderPanel();
    const search = await screen.findByRole('searchbox');
    fireEvent.change(search, { target: { value: 'wang' } });
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('[data-testid="value-table"] tbody tr')].map((r) => r.getAttribute('data-key')),
      ).toEqual(['C2']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'C2' }));
    const profile = await screen.findByTestId('value-profile');
    // C2: ratio 4 is the best of 4; net 80 the second of 5.
    await waitFor(() => expect(profile.textContent).toMatch(/Rank 1 of 4 on the ratio, 2 of 5 on net value/));
    expect(Number(profile.querySelector('[data-figure="value.profile_ratio"]')?.getAttribute('data-value'))).toBe(4);
  });

  it('speaks Chinese', async () => {
    act(() => useLanguageStore.setState({ language: 'zh-CN' }));
    renderPanel();
    await screen.findByTestId('value-panel');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('客户价值');
    expect(screen.getByTestId('value-verdict').textContent).toMatch(/排名前 20% 的客户占总量的 50%/);
  });
});
