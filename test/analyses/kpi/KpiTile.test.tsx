// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiTile } from '../../../src/analyses/kpi/KpiTile';
import { useLanguageStore } from '../../../src/i18n/react';
import { DEFAULT_DEFINITIONS } from '../../../src/metrics';

afterEach(cleanup);

const tile = (props: Partial<Parameters<typeof KpiTile>[0]> & Pick<Parameters<typeof KpiTile>[0], 'id'>) => (
  <KpiTile
    current={null}
    previous={null}
    missing={[]}
    noChange="kpi.change.none"
    definitions={DEFAULT_DEFINITIONS}
    repeatAny={null}
    {...props}
  />
);

describe('a KPI tile', () => {
  it('shows the value, the change in points coloured as good news, the raw figure and the definition', () => {
    useLanguageStore.setState({ language: 'en' });
    render(tile({ id: 'answer_rate', current: 0.9, previous: 0.85 }));
    const value = screen.getByTestId('kpi-answerRate-value');
    expect(value.textContent).toBe('90.0%');
    expect(value.getAttribute('data-figure')).toBe('overview.answer_rate');
    expect(value.getAttribute('data-value')).toBe('0.9');
    // 0.90 − 0.85 = 5 points; a higher answer rate is good news.
    expect(screen.getByTestId('kpi-answerRate').textContent).toContain('+5.0 pts vs previous period');
    expect(screen.getByTestId('kpi-answerRate').querySelector('.kpi-change')?.className).toContain('kpi-good');
    expect(screen.getByTestId('kpi-answerRate').getAttribute('title')).toBe('Answered ÷ offered.');
  });

  it('colours a rise in abandonment as bad news', () => {
    useLanguageStore.setState({ language: 'en' });
    render(tile({ id: 'abandon_rate', current: 0.2, previous: 0.1 }));
    expect(screen.getByTestId('kpi-abandonRate').querySelector('.kpi-change')?.className).toContain('kpi-bad');
  });

  it('opens its definition on a tap, for touch screens', () => {
    useLanguageStore.setState({ language: 'en' });
    render(tile({ id: 'answer_rate', current: 0.9 }));
    const button = screen.getByRole('button', { name: 'Definition' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('kpi-answerRate').className).toContain('kpi-open');
  });

  it('says which role would unlock it, in Chinese too', () => {
    useLanguageStore.setState({ language: 'zh-CN' });
    render(tile({ id: 'asa_s', missing: ['wait_s'] }));
    expect(screen.getByTestId('kpi-asa').textContent).toContain('映射“排队时长”后可用');
    expect(screen.queryByTestId('kpi-asa-value')).toBeNull();
  });

  it('names the service-level threshold from the definitions', () => {
    useLanguageStore.setState({ language: 'en' });
    render(
      tile({ id: 'service_level', current: 0.5, definitions: { ...DEFAULT_DEFINITIONS, serviceLevelSeconds: 30 } }),
    );
    expect(screen.getByTestId('kpi-serviceLevel').textContent).toContain('Service level 30 s');
    expect(screen.getByTestId('kpi-serviceLevel').textContent).toContain('no previous data');
  });

  it('shows cost per contact in the currency of the definitions', () => {
    useLanguageStore.setState({ language: 'en' });
    render(tile({ id: 'cost_per_contact', current: 5.6666, definitions: { ...DEFAULT_DEFINITIONS, currency: 'USD' } }));
    expect(screen.getByTestId('kpi-costPerContact-value').textContent).toBe('$5.67');
    expect(screen.getByTestId('kpi-costPerContact-value').getAttribute('data-value')).toBe('5.6666');
  });
});
