import { useRef, useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../ingest';
import { useLanguageStore, useT } from '../../../i18n/react';
import { preloadChart } from '../../../ui/chart/LazyChart';
import { ingestFilesIntoApp } from '../ingest-actions';
import { useEngineStore } from '../../../state/engine-store';
import { loadSample } from './load-sample';

/** The empty app's two ways in: the sample data in one click, or the user's own files. */
export function FirstRun() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const engineFailed = useEngineStore((s) => s.status === 'failed');
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const input = useRef<HTMLInputElement>(null);

  // The sample may be asked for while the engine starts: its files and the chart code load meanwhile.
  const trySample = async () => {
    setState('loading');
    preloadChart();
    try {
      await loadSample(language);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <section className="empty-state first-run" data-testid="first-run">
      <h2>{t('sample.welcome')}</h2>
      <p>{t('app.empty.body')}</p>
      <div className="first-run-actions">
        <button
          type="button"
          className="primary"
          data-testid="try-sample"
          disabled={engineFailed || state === 'loading'}
          onClick={() => void trySample()}
        >
          {state === 'loading' ? t('sample.loading') : t('sample.try')}
        </button>
        <button type="button" data-testid="open-own-files" disabled={!engine} onClick={() => input.current?.click()}>
          {t('sample.openOwn')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_EXTENSIONS.join(',')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (engine && files.length > 0) void ingestFilesIntoApp(engine, files);
          }}
        />
      </div>
      <p className="first-run-hint">{t('sample.about')}</p>
      <a className="help-link" href="#/help" data-testid="help-link">
        {t('help.link')}
      </a>
      {state === 'failed' && (
        <p className="error-banner" role="alert">
          {t('sample.failed')}
        </p>
      )}
    </section>
  );
}
