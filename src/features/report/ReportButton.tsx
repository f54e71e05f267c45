import { useState } from 'react';
import '../../ui/export/export.css';
import { useLanguageStore, useT } from '../../i18n/react';
import { useDatasetsStore } from '../../state/datasets-store';
import { useModelStore } from '../../state/model-store';
import { useWorkspaceStore } from '../../state/workspace-store';
import { download, fileNameFrom } from '../../ui/export/download';
import { readFigures, readPanel } from './panel-read';
import { reportHtml } from './report-html';
import { dataLines, definitionLines, filterLines } from './report-input';

interface Props {
  /** The open analysis's name, as the navigation shows it. */
  readonly analysis: string;
}

const chartSvg = async (chart: Element) => (await import('../../ui/chart/chart-svg')).drawnChartSvg(chart);

/** "Export report": the open analysis as one HTML file to hand over, written from what it shows now. */
export function ReportButton({ analysis }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const write = async () => {
    const panel = document.querySelector('.analysis-panel');
    if (!panel) return;
    setStatus({ text: t('report.working'), failed: false });
    try {
      const figures = readFigures(panel);
      const made = new Date();
      const title = t('report.title', { analysis });
      const html = reportHtml({
        language,
        title,
        about: [
          [t('report.view'), t('report.unsaved')],
          [t('report.made'), made.toLocaleString(language)],
        ],
        data: dataLines(t, language, useDatasetsStore.getState().datasets, useModelStore.getState().report),
        filters: filterLines(t, useModelStore.getState().filters),
        figures,
        blocks: await readPanel(panel, chartSvg),
        definitions: definitionLines(t, figures, useWorkspaceStore.getState().definitions),
        words: {
          data: t('report.data'),
          filters: t('report.filters'),
          noFilters: t('report.noFilters'),
          figures: t('report.figures'),
          figure: t('report.figure'),
          label: t('report.label'),
          shown: t('report.shown'),
          value: t('report.value'),
          definition: t('report.definition'),
          content: t('report.content'),
          definitions: t('report.definitions'),
          footer: t('report.footer'),
          chart: (label) => t('report.chart', { label }),
        },
      });
      const file = `${fileNameFrom(`Callsight ${analysis} ${made.toISOString().slice(0, 10)}`)}.html`;
      download(new Blob([html], { type: 'text/html;charset=utf-8' }), file);
      setStatus({ text: t('report.done', { file }), failed: false });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ text: t('report.failed', { message }), failed: true });
    }
  };
  return (
    <>
      <button type="button" data-testid="export-report" title={t('report.hint')} onClick={() => void write()}>
        {t('report.button')}
      </button>
      {status && (
        <span className={status.failed ? 'export-status export-failed' : 'export-status'} role="status">
          {status.text}
        </span>
      )}
    </>
  );
}
