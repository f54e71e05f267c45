import { useT } from '../../i18n/react';
import { ErrorDetails } from '../../ui/ErrorDetails';
import { dismiss, usePersistenceStore, type Message } from '../persistence/storage-store';
import { undoDelete, useViewsList } from '../persistence/views-list';
import { useMessage } from './use-message';

/** Messages from saving, opening, importing and storage, newest last; a deletion offers Undo. */
export function Notices() {
  const t = useT();
  const render = useMessage();
  const notices = usePersistenceStore((s) => s.notices);
  const lastDeleted = useViewsList((s) => s.lastDeleted);
  if (notices.length === 0) return null;
  return (
    <ul className="views-notices" data-testid="views-notices">
      {notices.map((notice) => (
        <li
          key={notice.id}
          className={`views-notice views-notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{render(notice)}</p>
          <ErrorDetails raw={rawDetail(notice)} label={t('engine.error.details')} />
          {notice.details?.map((line, i) => (
            <p key={i} className="views-notice-detail">
              {render(line)}
            </p>
          ))}
          <div className="views-notice-actions">
            {notice.key === 'views.deleted' && lastDeleted?.name === notice.params?.name && (
              <button
                type="button"
                data-testid="views-undo"
                onClick={() => {
                  dismiss(notice.id);
                  void undoDelete();
                }}
              >
                {t('views.undo')}
              </button>
            )}
            <button type="button" onClick={() => dismiss(notice.id)}>
              {t('error.dismiss')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The raw text behind a message or any message nested in it (an import's reason), for "details". */
function rawDetail(message: Message): string | undefined {
  const detail = message.params?.detail;
  if (detail !== undefined) return String(detail);
  return Object.values(message.nested ?? {})
    .map(rawDetail)
    .find((raw) => raw !== undefined);
}
