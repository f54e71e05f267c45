import type { IngestError, IngestNotice, IngestProgress } from '../../ingest';
import { explainError } from '../../engine/user-words';
import type { Translate } from '../../i18n/react';

/** The user-facing text for a refusal: what is wrong with which file, and what to do. */
export function errorText(t: Translate, error: IngestError): string {
  const detail = error.params.detail;
  const params: Record<string, string | number> = {
    file: error.file,
    ...error.params,
    ...(detail === undefined ? {} : { detail: explainError(t, detail).what }),
  };
  if (typeof error.params.problem === 'string') params.problem = t(`ingest.problem.${error.params.problem}`);
  return t(`ingest.error.${error.code}`, params);
}

/** The engine's own text behind a refusal, for the "details" disclosure only. */
export function errorRaw(error: IngestError): string | undefined {
  return error.params.detail === undefined ? undefined : String(error.params.detail);
}

export function noticeText(t: Translate, notice: IngestNotice): string {
  const params = { ...notice.params };
  if (notice.code === 'converted') params.kind = t(`ingest.kind.${String(notice.params.kind)}`);
  return t(`ingest.notice.${notice.code}`, params);
}

/** `12.5 MB of 70.1 MB`, with the phase. */
export function progressText(t: Translate, progress: IngestProgress): string {
  const amounts = t('ingest.progress', { done: bytes(progress.bytesDone), total: bytes(progress.bytesTotal) });
  return `${t(`ingest.phase.${progress.phase}`)} · ${amounts}`;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 2 ** 20) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 2 ** 30) return `${(n / 2 ** 20).toFixed(1)} MB`;
  return `${(n / 2 ** 30).toFixed(2)} GB`;
}
