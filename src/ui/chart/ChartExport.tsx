import { useT } from '../../i18n/react';
import { download } from '../export/download';
import { ExportMenu } from '../export/ExportMenu';
import { chartSvg } from './chart-svg';
import type { echarts, ChartOption } from './echarts';

interface Props {
  readonly instance: () => ReturnType<typeof echarts.init> | null;
  readonly option: ChartOption;
  readonly fileName: string;
}

/** Bytes of a `data:` URL (the PNG ECharts draws), without fetching it. */
function dataUrlBlob(url: string): Blob {
  const [head = '', body = ''] = url.split(',', 2);
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: /^data:([^;]+)/.exec(head)?.[1] ?? 'image/png' });
}

/** Export of a chart: PNG as drawn (twice the screen's pixels), SVG redrawn as vectors at the same size. */
export function ChartExport({ instance, option, fileName }: Props) {
  const t = useT();
  const png = async () => {
    const chart = instance();
    if (!chart) throw new Error(t('export.failed', { message: '—' }));
    download(
      dataUrlBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })),
      `${fileName}.png`,
    );
    return t('export.done', { file: `${fileName}.png` });
  };
  const svg = async () => {
    const chart = instance();
    const size = { width: chart?.getWidth() || 800, height: chart?.getHeight() || 320 };
    const text = await chartSvg(option, size);
    download(new Blob([text], { type: 'image/svg+xml' }), `${fileName}.svg`);
    return t('export.done', { file: `${fileName}.svg` });
  };
  return (
    <ExportMenu
      name={fileName}
      testId="chart-export"
      choices={[
        { id: 'png', label: t('export.png'), run: png },
        { id: 'svg', label: t('export.svg'), run: svg },
      ]}
    />
  );
}
