import { useLanguageStore, useT } from '../../i18n/react';
import { COPY_MAX_ROWS, type CopiedBlock } from './copy-block';

export type CopyState = CopiedBlock | { readonly failed: string } | null;

/** Says what the last copy put on the clipboard, and when it stopped short. */
export function CopyNote({ state }: { state: CopyState }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const number = (n: number) => n.toLocaleString(language);
  if (state === null) return <p className="grid-copy-note" role="status" />;
  if ('failed' in state) {
    return (
      <p className="grid-copy-note error-banner" role="status">
        {t('grid.copyFailed', { message: state.failed })}
      </p>
    );
  }
  const capped = state.rows < state.wanted;
  return (
    <p className="grid-copy-note" role="status">
      <span data-figure="grid.copiedRows" data-value={state.rows}>
        {capped
          ? t('grid.copiedCapped', {
              rows: number(state.rows),
              wanted: number(state.wanted),
              max: number(COPY_MAX_ROWS),
            })
          : t('grid.copied', { rows: number(state.rows), columns: number(state.columns) })}
      </span>
    </p>
  );
}
