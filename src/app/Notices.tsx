import { useT } from '../i18n/react';
import { errorRaw, errorText } from '../features/data/messages';
import { useIngestStore } from '../features/data/ingest-store';
import { undoDelete, useViewsList } from '../features/library/views-list';
import { useMessage } from '../features/library/use-message';
import { dismiss, dismissAll, usePersistenceStore, type Message } from '../state/storage-store';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ErrorDetails } from '../ui/ErrorDetails';

/**
 * Every message in one stack under the header: refused files and loads, saving, opening, importing, storage.
 * Each can be dismissed, or all at once; a deletion offers Undo.
 */
export function Notices() {
  const t = useT();
  const render = useMessage();
  const notices = usePersistenceStore((s) => s.notices);
  const banners = useIngestStore((s) => s.banners);
  const dismissBanner = useIngestStore((s) => s.dismiss);
  const lastDeleted = useViewsList((s) => s.lastDeleted);
  const count = notices.length + banners.length;
  if (count === 0) return null;
  return (
    <section className="shell-notices" aria-label={t('app.notices')} data-testid="notices">
      {banners.map((b) => (
        <ErrorBanner
          key={`b${b.id}`}
          tone={b.kind}
          message={b.kind === 'error' ? errorText(t, b.error) : t(b.key, b.params)}
          dismissLabel={t('error.dismiss')}
          onDismiss={() => dismissBanner(b.id)}
        >
          {b.kind === 'error' && <ErrorDetails raw={errorRaw(b.error)} label={t('engine.error.details')} />}
        </ErrorBanner>
      ))}
      {notices.length > 0 && (
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
      )}
      {count > 1 && (
        <button
          type="button"
          className="link notices-clear"
          data-testid="notices-dismiss-all"
          onClick={() => {
            dismissAll();
            useIngestStore.setState({ banners: [] });
          }}
        >
          {t('app.dismissAll', { count })}
        </button>
      )}
    </section>
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
