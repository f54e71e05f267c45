import type { Language } from '../../i18n';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import type { Finding } from '../common/findings/finding';
import type { Translate } from './format';
import type { Bucket, SpreadDimension } from './settings';

/** What every section of the panel is given. */
export interface SectionProps {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly available: ReadonlySet<string>;
  readonly kpi: DecomposableKpi;
  readonly bucket: Bucket;
  readonly dimension: SpreadDimension;
  readonly kept: readonly Finding[];
  readonly onKeep: (f: Finding) => void;
  /** Sections that find things on demand ("why?") report what they show, for the kept findings' verdicts. */
  readonly onFindings?: (source: string, findings: readonly Finding[]) => void;
  readonly t: Translate;
  readonly language: Language;
}
