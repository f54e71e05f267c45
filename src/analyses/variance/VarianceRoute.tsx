import { useT } from '../../i18n/react';
import { callsSlice, customerSlice } from '../common/drill/drill-slice';
import { openDrill } from '../common/drill/drill-store';
import type { AnalysisPanelProps } from '../common/module';
import type { DrillSlice } from './links';
import type { VARIANCE_SETTINGS } from './settings';
import { VariancePanel } from './VariancePanel';

const drillCalls = (slice: DrillSlice) => openDrill(callsSlice(slice.where, slice.label));

/** The variance panel with its "show calls" controls opening the drill-through grid. */
export function VarianceRoute(props: AnalysisPanelProps<typeof VARIANCE_SETTINGS>) {
  const t = useT();
  return (
    <VariancePanel
      {...props}
      onDrill={drillCalls}
      onCustomer={(id) => openDrill(customerSlice(id, t('variance.mix.customerCalls', { customer: id })))}
    />
  );
}
