import { useState } from 'react';
import { useT } from '../../i18n/react';
import { addReason, type Reason, type Taxonomy } from '../../model/taxonomy';
import { commitEdit } from './taxonomy-actions';

/** Adds a reason to a category (new or existing), or a sub-reason under a reason. */
export function AddReasonForm({ taxonomy, choices }: { taxonomy: Taxonomy; choices: readonly Reason[] }) {
  const t = useT();
  const [name, setName] = useState('');
  const [category, setCategory] = useState(taxonomy.categories[0] ?? '');
  const [parent, setParent] = useState('');
  return (
    <form
      className="taxonomy-add"
      onSubmit={(e) => {
        e.preventDefault();
        const id = `r-${crypto.randomUUID().slice(0, 8)}`;
        if (commitEdit(addReason(taxonomy, { id, name, category, ...(parent ? { parent } : {}) }))) setName('');
      }}
    >
      <h3>{t('taxonomy.addReason')}</h3>
      <label>
        {t('taxonomy.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="add-reason-name" />
      </label>
      <label>
        {t('taxonomy.category')}
        <input value={category} list="taxonomy-categories" onChange={(e) => setCategory(e.target.value)} />
      </label>
      <label>
        {t('taxonomy.parent')}
        <select value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">{t('taxonomy.none')}</option>
          {choices
            .filter((r) => !r.parent)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.category} › {r.name}
              </option>
            ))}
        </select>
      </label>
      <button type="submit">{t('taxonomy.add')}</button>
      <datalist id="taxonomy-categories">
        {taxonomy.categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </form>
  );
}
