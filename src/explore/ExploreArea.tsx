import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisPanelProps } from '../analyses/common/module';
import type { Engine } from '../engine/engine';
import { useT } from '../i18n/react';
import { useEngineStore } from '../state/engine-store';
import { useModelStore } from '../state/model-store';
import { useLiveSchema } from './use-schema';
import { chartFits, proposeChart, type ChartSpec } from './chart-spec';
import type { EditorHandle } from './codemirror-editor';
import { ConfirmChange } from './ConfirmChange';
import { QueryNotes } from './QueryNotes';
import { QuickChart } from './QuickChart';
import { RunResult } from './RunResult';
import { pinnedJson, readPinned, type EXPLORE_SETTINGS } from './settings';
import { SqlEditor } from './SqlEditor';
import { splitStatements, type ScannedStatement } from './sql-scan';
import { dataChanges } from './run-statements';
import type { DataChange } from './statement-kind';
import { useRun } from './use-run';
import './explore.css';

type Props = AnalysisPanelProps<typeof EXPLORE_SETTINGS>;

/** The Explore area in the workspace: the engine and the pinned query handed to the workbench. */
export function ExploreArea(props: Props) {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  return engine ? <Workbench engine={engine} {...props} /> : null;
}

interface Pending {
  changes: readonly DataChange[];
  statements: readonly ScannedStatement[];
  offset: number;
  text: string;
}

function Workbench({ engine, settings, onSettings }: Props & { engine: Engine }) {
  const t = useT();
  const pinned = useMemo(() => readPinned(settings.pinned), [settings.pinned]);
  const editor = useRef<EditorHandle | null>(null);
  const [text, setText] = useState(pinned?.sql ?? '');
  const [schemaVersion, setSchemaVersion] = useState(0);
  const viewsVersion = useModelStore((s) => s.viewsVersion);
  const schema = useLiveSchema(engine, `${viewsVersion}.${schemaVersion}`);
  const [lastRun, setLastRun] = useState<string | null>(null);
  const onDone = useCallback((ran: string) => {
    setLastRun(ran);
    setSchemaVersion((v) => v + 1);
  }, []);
  const { state, run, cancel, gridSettled } = useRun(engine, onDone);
  const [pending, setPending] = useState<Pending | null>(null);
  const [chart, setChart] = useState<ChartSpec | null>(pinned?.chart ?? null);
  const [showChart, setShowChart] = useState(true);

  const start = useCallback(
    (runText: string, offset: number) => {
      const statements = splitStatements(runText);
      if (statements.length === 0) return;
      editor.current?.markError(null);
      const changes = dataChanges(statements, schema.tables);
      if (changes.length > 0) setPending({ changes, statements, offset, text: runText });
      else void run(statements, offset, runText);
    },
    [run, schema.tables],
  );
  const runEditor = useCallback(() => {
    const chosen = editor.current?.runText();
    if (chosen) start(chosen.text, chosen.offset);
  }, [start]);

  // A view opened with a pinned query runs it (a query only: a pinned statement that changes data is not re-run).
  const pinnedSql = pinned?.sql ?? null;
  const ranPinned = useRef<string | null>(null);
  useEffect(() => {
    if (!pinnedSql || ranPinned.current === pinnedSql || pinnedSql === lastRun) return;
    if (!editor.current) return;
    ranPinned.current = pinnedSql;
    editor.current.setText(pinnedSql);
    const statements = splitStatements(pinnedSql);
    if (statements.length > 0 && dataChanges(statements, new Set(['*'])).length === 0)
      void run(statements, 0, pinnedSql);
  });

  useEffect(() => {
    if (state.status === 'failed') editor.current?.markError(state.offset);
  }, [state]);

  const paged = state.status === 'done' && state.outcome.kind === 'paged' ? state.outcome : null;
  const proposed = paged ? (chart && chartFits(chart, paged.columns) ? chart : proposeChart(paged.columns)) : null;
  const running = state.status === 'running' || (state.status === 'done' && state.paging);
  const isPinned = pinned !== null && lastRun !== null && pinned.sql === lastRun;
  return (
    <section className="explore" data-testid="explore-panel">
      <h2>{t('explore.heading')}</h2>
      <p className="explore-note">{t('explore.intro')}</p>
      <div className="explore-top">
        <SqlEditor
          initial={text}
          entries={schema.entries}
          onRun={runEditor}
          onChange={setText}
          onReady={(handle) => (editor.current = handle)}
        />
        <QueryNotes current={() => editor.current?.text() ?? text} onOpen={(sql) => editor.current?.setText(sql)} />
      </div>
      <div className="explore-actions">
        <button type="button" className="primary" data-testid="explore-run" onClick={runEditor} disabled={running}>
          {t('explore.run')}
        </button>
        <button type="button" data-testid="explore-cancel" onClick={cancel} disabled={!running}>
          {t('explore.cancel')}
        </button>
        {running && (
          <span role="status" className="explore-note" data-testid="explore-running">
            {t('explore.running')}
          </span>
        )}
        {paged && (
          <>
            <button type="button" data-testid="explore-chart-toggle" onClick={() => setShowChart((s) => !s)}>
              {t(showChart ? 'explore.chart.hide' : 'explore.chart.show')}
            </button>
            <button
              type="button"
              data-testid="explore-pin"
              onClick={() =>
                isPinned
                  ? onSettings({ pinned: null })
                  : lastRun && onSettings({ pinned: pinnedJson({ sql: lastRun, chart: proposed }) })
              }
            >
              {t(isPinned ? 'explore.unpin' : 'explore.pin')}
            </button>
          </>
        )}
      </div>
      {isPinned && (
        <p className="explore-note" data-testid="explore-pinned">
          {t('explore.pinned')}
        </p>
      )}
      <RunResult engine={engine} state={state} text={text} onGridSettled={gridSettled} />
      {paged && showChart && proposed && state.status === 'done' && !state.paging && (
        <QuickChart
          engine={engine}
          source={paged.source}
          columns={paged.columns}
          spec={proposed}
          onSpec={(next) => {
            setChart(next);
            if (isPinned && lastRun) onSettings({ pinned: pinnedJson({ sql: lastRun, chart: next }) });
          }}
        />
      )}
      {paged && showChart && !proposed && <p className="explore-note">{t('explore.chart.none')}</p>}
      {pending && (
        <ConfirmChange
          changes={pending.changes}
          onAnswer={(go) => {
            setPending(null);
            if (go) void run(pending.statements, pending.offset, pending.text);
          }}
        />
      )}
    </section>
  );
}
