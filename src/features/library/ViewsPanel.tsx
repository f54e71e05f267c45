import { useRef, useState } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import { useModelStore } from '../../state/model-store';
import { saveCurrentView, useViewsList } from './views-list';
import { captureThumbnail } from './thumbnail';
import { exportViews, importViews } from './transfer';
import { ViewItem } from './ViewItem';

/** Save the working state as a named view; list, open, rename, duplicate, delete, export and import views. */
export function ViewsPanel() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { views, unreadable } = useViewsList();
  const canSave = useModelStore((s) => s.status === 'ready' || s.status === 'editing');
  const [name, setName] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const save = async () => {
    const fallback = t('views.defaultName', {
      date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.now()),
    });
    const saved = await saveCurrentView(name.trim() || fallback, captureThumbnail());
    if (saved) setName('');
  };
  return (
    <section className="views-panel" aria-labelledby="views-title">
      <h2 id="views-title">{t('views.title')}</h2>
      <form
        className="views-save"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <input
          aria-label={t('views.name')}
          placeholder={t('views.name')}
          data-testid="view-name"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
        />
        <button
          type="submit"
          data-testid="view-save"
          disabled={!canSave}
          title={canSave ? undefined : t('views.needsMapping')}
        >
          {t('views.save')}
        </button>
      </form>
      {views.length === 0 && unreadable.length === 0 ? (
        <p className="views-empty">{t('views.empty')}</p>
      ) : (
        <ul className="views-list" data-testid="views-list">
          {views.map((view) => (
            <ViewItem key={view.id} view={view} />
          ))}
          {unreadable.map((u) => (
            <li key={u.id} className="view-item view-unreadable" data-testid="view-unreadable">
              {t('views.unreadable', {
                name: u.name,
                reason: t(`views.problem.${u.problem.code}`, { ...u.problem, version: u.problem.version ?? '?' }),
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="views-transfer">
        <button
          type="button"
          data-testid="views-export"
          disabled={views.length === 0}
          onClick={() => void exportViews(views, 'callsight-views.json', true)}
        >
          {t('views.exportAll')}
        </button>
        <button type="button" data-testid="views-import" onClick={() => fileInput.current?.click()}>
          {t('views.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="views-import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importViews(file);
          }}
        />
      </div>
    </section>
  );
}
