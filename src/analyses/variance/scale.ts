import { KPI_META } from '../../metrics';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import type { Scale } from './chart-option';

/** How charts write a KPI: shares in %, seconds with one decimal, counts and money as they are. */
export function scaleOf(kpi: DecomposableKpi, secondsUnit: string): Scale {
  switch (KPI_META[kpi].format) {
    case 'share':
      return { factor: 100, unit: '%', digits: 1 };
    case 'seconds':
      return { factor: 1, unit: secondsUnit, digits: 1 };
    case 'count':
      return { factor: 1, unit: '', digits: 1 };
    case 'money':
      return { factor: 1, unit: '', digits: 2 };
  }
}
