import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/react';
import { callsSlice, customerSlice } from '../common/drill/drill-slice';
import { openDrill } from '../common/drill/drill-store';
import type { AnalysisPanelProps } from '../common/module';
import type { DrillSlice } from './links';
import type { VARIANCE_SETTINGS } from './settings';

// The panel and its charts' code load when the analysis is opened, not with the first screen.
const VariancePanel = lazy(() => import('./VariancePanel').then((m) => ({ default: m.VariancePanel })));

const drillCalls = (slice: DrillSlice) => openDrill(callsSlice(slice.where, slice.label));

/** The variance panel, loaded on first use; its "show calls" controls open the drill-through grid. */
export function LazyVariancePanel(props: AnalysisPanelProps<typeof VARIANCE_SETTINGS>) {
  const t = useT();
  return (
    <Suspense fallback={<p className="variance-loading">{t('variance.loading')}</p>}>
      <VariancePanel
        {...props}
        onDrill={drillCalls}
        onCustomer={(id) => openDrill(customerSlice(id, t('variance.mix.customerCalls', { customer: id })))}
      />
    </Suspense>
  );
}
