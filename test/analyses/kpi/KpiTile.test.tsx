// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiTile } from '../../../src/analyses/kpi/KpiTile';
import { useLanguageStore } from '../../../src/i18n/react';
import { DEFAULT_SETTINGS } from '../../../src/model';

afterEach(cleanup);

describe('a KPI tile', () => {
  it('shows the value, the change in points, and the definition on hover', () => {
    useLanguageStore.setState({ language: 'en' });
    render(
      <KpiTile
        id="answerRate"
        current={0.9}
        previous={0.85}
        missing={[]}
        settings={DEFAULT_SETTINGS}
        repeatAny={null}
      />,
    );
    expect(screen.getByTestId('kpi-answerRate-value').textContent).toBe('90.0%');
    // 0.90 − 0.85 = 5 points.
    expect(screen.getByTestId('kpi-answerRate').textContent).toContain('+5.0 pts vs previous period');
    expect(screen.getByTestId('kpi-answerRate').getAttribute('title')).toBe('Answered ÷ offered.');
  });

  it('says which role would unlock it, in Chinese too', () => {
    useLanguageStore.setState({ language: 'zh-CN' });
    render(
      <KpiTile
        id="asa"
        current={null}
        previous={null}
        missing={['wait_s']}
        settings={DEFAULT_SETTINGS}
        repeatAny={null}
      />,
    );
    expect(screen.getByTestId('kpi-asa').textContent).toContain('映射“排队时长”后可用');
    expect(screen.queryByTestId('kpi-asa-value')).toBeNull();
  });

  it('names the service-level threshold from the settings', () => {
    useLanguageStore.setState({ language: 'en' });
    render(
      <KpiTile
        id="serviceLevel"
        current={0.5}
        previous={null}
        missing={[]}
        settings={{ ...DEFAULT_SETTINGS, serviceLevelSeconds: 30 }}
        repeatAny={null}
      />,
    );
    expect(screen.getByTestId('kpi-serviceLevel').textContent).toContain('Service level 30 s');
    expect(screen.getByTestId('kpi-serviceLevel').textContent).toContain('no previous data');
  });
});
