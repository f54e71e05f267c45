import { useState } from 'react';
import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import type { CallsMapping } from '../../model';

interface Props {
  readonly calls: CallsMapping;
  /** Calls per anonymous id, as counted on the loaded table. */
  readonly counts: Readonly<Record<string, number>>;
  readonly onChange: (calls: CallsMapping) => void;
}

/** The customer ids that stand for "no customer", each with its calls; the user confirms, removes or adds them. */
export function AnonymousIds({ calls, counts, onChange }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [draft, setDraft] = useState('');
  const ids = calls.anonymousCustomerIds ?? [];
  const set = (next: readonly string[]) => onChange({ ...calls, anonymousCustomerIds: next });
  const add = () => {
    const id = draft.trim();
    if (id && !ids.includes(id)) set([...ids, id]);
    setDraft('');
  };
  return (
    <div className="map-values" data-testid="anonymous-ids">
      <span>{t('anonymous.title')}</span>
      <ul className="map-anonymous">
        {ids.map((id) => (
          <li key={id} data-key={id}>
            {t('anonymous.found', { id, n: formatNumber(language, counts[id] ?? 0) })}{' '}
            <button type="button" onClick={() => set(ids.filter((x) => x !== id))}>
              {t('anonymous.remove')}
            </button>
          </li>
        ))}
        {ids.length === 0 && <li>{t('anonymous.none')}</li>}
      </ul>
      <form
        className="map-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          aria-label={t('anonymous.add')}
          placeholder={t('anonymous.add')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">+</button>
      </form>
      <small>{t('anonymous.hint')}</small>
    </div>
  );
}
