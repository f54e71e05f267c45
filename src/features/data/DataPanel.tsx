import './data-panel.css';
import { useState } from 'react';
import { useT } from '../../i18n/react';
import { ACCEPTED_EXTENSIONS } from '../../ingest';
import { FileDrop } from '../../ui/FileDrop';
import { ProgressBar } from '../../ui/ProgressBar';
import { useEngineStore } from '../../state/engine-store';
import { DatasetCard } from './DatasetCard';
import { useDatasetsStore } from '../../state/datasets-store';
import { ingestFilesIntoApp } from './ingest-actions';
import { useIngestStore } from './ingest-store';
import { progressText } from './messages';
import { SheetChoiceForm } from './SheetChoiceForm';
import { RejectQuestionForm } from './RejectQuestionForm';

/** Opens files, shows the load in progress, the messages, and the loaded tables. */
export function DataPanel() {
  const t = useT();
  const engineState = useEngineStore();
  const engine = engineState.status === 'ready' ? engineState.engine : null;
  const datasets = useDatasetsStore((s) => s.datasets);
  const details = useIngestStore((s) => s.details);
  const progress = useIngestStore((s) => s.progress);
  const controller = useIngestStore((s) => s.controller);
  const sheetChoice = useIngestStore((s) => s.sheetChoice);
  const [appendAll, setAppendAll] = useState(false);
  const [chooseSheets, setChooseSheets] = useState(false);
  const busy = controller !== null;

  const onFiles = (files: File[]) => {
    if (!engine) return;
    const appendTo = appendAll && files.length > 1 ? 'first' : undefined;
    void ingestFilesIntoApp(engine, files, { appendTo, askSheets: chooseSheets });
  };

  return (
    <section className="data-panel" data-testid="data-panel">
      <h2>{t('app.data')}</h2>
      <FileDrop
        onFiles={onFiles}
        accept={ACCEPTED_EXTENSIONS}
        title={t('ingest.drop')}
        hint={t('ingest.dropHint')}
        openLabel={t('ingest.open')}
        folderLabel={t('ingest.openFolder')}
        disabled={!engine || busy}
      >
        <CheckOption checked={appendAll} onChange={setAppendAll} testId="append-all" label={t('ingest.appendAll')} />
        <CheckOption
          checked={chooseSheets}
          onChange={setChooseSheets}
          testId="choose-sheets"
          label={t('ingest.chooseSheets')}
        />
      </FileDrop>
      {busy && (
        <ProgressBar
          fraction={progress && progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : null}
          label={t('ingest.loading', { file: progress?.file ?? '' })}
          detail={progress ? progressText(t, progress) : undefined}
          cancelLabel={t('ingest.cancel')}
          onCancel={() => controller?.abort()}
        />
      )}
      {sheetChoice && <SheetChoiceForm key={sheetChoice.file} choice={sheetChoice} />}
      <RejectQuestionForm />
      {engine && datasets.length > 0 && (
        <>
          <h3 className="data-list-title">{t('ingest.loaded')}</h3>
          <ul className="dataset-list">
            {datasets.map((d) => (
              <DatasetCard key={d.id} dataset={d} detail={details[d.id]} engine={engine} busy={busy} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CheckOption(props: { checked: boolean; onChange: (checked: boolean) => void; testId: string; label: string }) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid={props.testId}
      />
      {props.label}
    </label>
  );
}
