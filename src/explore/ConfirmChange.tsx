import { useEffect, useRef } from 'react';
import { useT } from '../i18n/react';
import type { DataChange } from './statement-kind';

interface Props {
  changes: readonly DataChange[];
  onAnswer: (go: boolean) => void;
}

/** Asks before statements that change loaded data, naming each table they change. */
export function ConfirmChange({ changes, onAnswer }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="explore-confirm"
      data-testid="explore-confirm"
      aria-labelledby="explore-confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h3 id="explore-confirm-title">{t('explore.confirm.title')}</h3>
      <ul>
        {changes.map((change, i) => (
          <li key={i} data-testid="explore-change" data-verb={change.verb}>
            {t(`explore.confirm.${change.verb}`, { target: change.target })}
          </li>
        ))}
      </ul>
      <p>{t('explore.confirm.body')}</p>
      <div className="explore-actions">
        <button type="button" data-testid="explore-confirm-stop" onClick={() => onAnswer(false)} autoFocus>
          {t('explore.confirm.stop')}
        </button>
        <button type="button" className="danger" data-testid="explore-confirm-go" onClick={() => onAnswer(true)}>
          {t('explore.confirm.go')}
        </button>
      </div>
    </dialog>
  );
}
