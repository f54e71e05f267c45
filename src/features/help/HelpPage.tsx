import './help.css';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/react';
import { FORMATS } from './formats';
import { RoleTable } from './RoleTable';
import { HELP_TABLES } from './templates';

/** "What can I load?": the tables, their columns and what each gives, templates, and the formats read. */
export function HelpPage({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="help-backdrop">
      <div
        ref={dialog}
        className="help-page"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        tabIndex={-1}
        data-testid="help-page"
      >
        <header className="help-header">
          <h2 id="help-title">{t('help.title')}</h2>
          <button type="button" onClick={onClose} data-testid="help-close">
            {t('help.close')}
          </button>
        </header>
        <p>{t('help.intro')}</p>
        {HELP_TABLES.map((table) => (
          <RoleTable key={table} table={table} />
        ))}
        <section className="help-formats" data-testid="help-formats">
          <h3>{t('help.formats.title')}</h3>
          <dl>
            {FORMATS.map(({ key, examples }) => (
              <div key={key} data-key={key}>
                <dt>{t(`help.formats.${key}`)}</dt>
                <dd>
                  {t(`help.formats.${key}.body`)}
                  {examples.length > 0 && (
                    <span className="help-examples">
                      {examples.map((example) => (
                        <code key={example}>{example}</code>
                      ))}
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}
