import { useState } from 'react';
import { useLanguageStore, useT } from '../../i18n/react';
import type { SavedView } from '../../spec/view-spec';
import { deleteView, duplicateView, openSavedView, renameView } from './views-list';
import { copyViewLink, exportViews } from './transfer';

/** One saved view: thumbnail, name, date, and what can be done with it. */
export function ViewItem({ view }: { view: SavedView }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(view.name);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(view.updatedAt);
  const finishRename = () => {
    setEditing(false);
    if (name.trim() && name.trim() !== view.name) void renameView(view.id, name);
    else setName(view.name);
  };
  return (
    <li className="view-item" data-testid="view-item" data-view-id={view.id}>
      {view.thumbnail ? (
        <img className="view-thumb" src={view.thumbnail} alt="" width={80} height={48} />
      ) : (
        <span className="view-thumb view-thumb-empty">{t('views.noThumbnail')}</span>
      )}
      <div className="view-body">
        {editing ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              finishRename();
            }}
          >
            <input
              aria-label={t('views.name')}
              data-testid="view-rename-input"
              value={name}
              maxLength={200}
              autoFocus
              onChange={(event) => setName(event.target.value)}
              onBlur={finishRename}
            />
          </form>
        ) : (
          <button type="button" className="view-name" data-testid="view-open" onClick={() => void openSavedView(view)}>
            {view.name}
          </button>
        )}
        <span className="view-date">{t('views.savedAt', { date })}</span>
        <div className="view-actions" role="group" aria-label={t('views.actions', { name: view.name })}>
          <button type="button" onClick={() => void openSavedView(view)}>
            {t('views.open')}
          </button>
          <button type="button" data-testid="view-rename" onClick={() => setEditing(true)}>
            {t('views.rename')}
          </button>
          <button type="button" onClick={() => void duplicateView(view.id, t('views.copyName', { name: view.name }))}>
            {t('views.duplicate')}
          </button>
          <button
            type="button"
            onClick={() => void exportViews([view], `${fileSafe(view.name)}.callsight.json`, false)}
          >
            {t('views.exportOne')}
          </button>
          <button type="button" onClick={() => void copyViewLink(view.spec)}>
            {t('views.link')}
          </button>
          <button type="button" data-testid="view-delete" onClick={() => void deleteView(view.id)}>
            {t('views.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}

function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 80) || 'view';
}
