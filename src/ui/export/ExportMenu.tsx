import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/react';
import './export.css';

export interface ExportChoice {
  readonly id: string;
  readonly label: string;
  /** Why the choice cannot be taken now (shown instead of running it). */
  readonly disabled?: boolean;
  readonly run: () => Promise<string>;
}

interface Props {
  /** What is exported, for the menu's accessible name. */
  readonly name: string;
  readonly choices: readonly ExportChoice[];
  readonly note?: string;
  readonly testId?: string;
}

/**
 * The one Export button (导出): a menu of formats. Each choice runs, then its outcome (a message in the UI
 * language) is shown beside the button.
 */
export function ExportMenu({ name, choices, note, testId }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const menuId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    box.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const choose = async (choice: ExportChoice) => {
    setOpen(false);
    setBusy(true);
    setStatus({ text: t('export.working'), failed: false });
    try {
      setStatus({ text: await choice.run(), failed: false });
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error), failed: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      className="export-menu"
      ref={box}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        box.current?.querySelector<HTMLButtonElement>('.export-toggle')?.focus();
      }}
    >
      <button
        type="button"
        className="export-toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('export.menu', { name })}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {t('export.button')} ▾
      </button>
      {open && (
        <div className="export-popup" id={menuId} role="menu" aria-label={t('export.menu', { name })}>
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              role="menuitem"
              data-format={choice.id}
              disabled={choice.disabled}
              onClick={() => void choose(choice)}
            >
              {choice.label}
            </button>
          ))}
          {note && <p className="export-note">{note}</p>}
        </div>
      )}
      {status && (
        <span className={status.failed ? 'export-status export-failed' : 'export-status'} role="status">
          {status.text}
        </span>
      )}
    </div>
  );
}
