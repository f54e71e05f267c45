import { useT } from '../../../i18n/react';
import { useDatasetsStore } from '../../../state/datasets-store';

/** Says plainly, above every analysis, when the figures come from the bundled sample. */
export function SampleBanner() {
  const t = useT();
  const showingSample = useDatasetsStore((s) => s.datasets.some((d) => d.sample));
  if (!showingSample) return null;
  return (
    <p className="sample-banner" data-testid="sample-banner">
      <span className="sample-badge">{t('sample.badge')}</span> {t('sample.banner')}
    </p>
  );
}
