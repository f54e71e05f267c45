import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/react';
import type { AnalysisPanelProps } from '../common/module';
import type { VARIANCE_SETTINGS } from './settings';

// The panel and its charts' code load when the analysis is opened, not with the first screen.
const VariancePanel = lazy(() => import('./VariancePanel').then((m) => ({ default: m.VariancePanel })));

/** The variance panel, loaded on first use. */
export function LazyVariancePanel(props: AnalysisPanelProps<typeof VARIANCE_SETTINGS>) {
  const t = useT();
  return (
    <Suspense fallback={<p className="variance-loading">{t('variance.loading')}</p>}>
      <VariancePanel {...props} />
    </Suspense>
  );
}
