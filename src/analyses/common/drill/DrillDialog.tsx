import { useEffect, useId, useMemo, useRef } from 'react';
import type { Engine } from '../../../engine/engine';
import { useT } from '../../../i18n/react';
import { fileNameFrom } from '../../../ui/export/download';
import { PagedGrid } from '../../../ui/grid/PagedGrid';
import type { Row } from '../../../ui/grid/paged-query';
import { customerSlice, drillSource } from './drill-slice';
import { useDrillStore } from './drill-store';
import './drill.css';

const CALL_KEY = ['call_id'];

/** The list behind a figure, over the page; a call opens its customer's calls. Mount once per screen. */
export function DrillDialog({ engine }: { engine: Engine }) {
  const t = useT();
  const titleId = useId();
  const { stack, push, back, close } = useDrillStore();
  const slice = stack.at(-1);
  const source = useMemo(() => (slice ? drillSource(slice) : null), [slice]);
  const closeButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const open = Boolean(slice);
  useEffect(() => {
    if (!open) return;
    opener.current = document.activeElement;
    closeButton.current?.focus();
    // On the document, not the dialog: focus may have left with a button that went away (Back).
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useDrillStore.getState().close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [open]);
  if (!slice || !source) return null;

  const customerOf = (row: Row): string | null => {
    const id = row.customer_id;
    return slice.callRows && id !== null && id !== undefined ? String(id) : null;
  };
  const openCustomer = (row: Row) => {
    const id = customerOf(row);
    if (id !== null) push(customerSlice(id, t('drill.customerTitle', { id })));
  };

  return (
    <div className="drill-backdrop" onClick={(event) => event.target === event.currentTarget && close()}>
      <div className="drill-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <header className="drill-head">
          {stack.length > 1 && (
            <button type="button" onClick={back}>
              {t('drill.back')}
            </button>
          )}
          <h2 id={titleId}>{slice.label}</h2>
          <button type="button" ref={closeButton} onClick={close} data-testid="drill-close">
            {t('drill.close')}
          </button>
        </header>
        <PagedGrid
          key={stack.length}
          engine={engine}
          source={source}
          tiebreak={slice.callRows ? CALL_KEY : []}
          label={slice.label}
          testId="drill-grid"
          countFigure="drill.rows"
          exportName={fileNameFrom(slice.label)}
          rowLead={
            slice.callRows
              ? (row) =>
                  customerOf(row) !== null ? (
                    <button type="button" data-testid="drill-customer" onClick={() => openCustomer(row)}>
                      {t('drill.customer')}
                    </button>
                  ) : (
                    <span className="drill-anonymous">{t('drill.anonymous')}</span>
                  )
              : undefined
          }
          onOpenRow={slice.callRows ? openCustomer : undefined}
        />
      </div>
    </div>
  );
}
