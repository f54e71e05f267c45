import { useState } from 'react';
import { useT } from '../../i18n/react';
import {
  mergeReasons,
  moveToCategory,
  reactivateReason,
  renameReason,
  retireReason,
  splitReason,
  type Reason,
  type Taxonomy,
} from '../../model/taxonomy';
import { commitEdit } from './taxonomy-actions';

type Mode = 'rename' | 'merge' | 'split' | 'retire' | null;

interface Props {
  reason: Reason;
  taxonomy: Taxonomy;
  codes: readonly string[];
  targets: readonly Reason[];
}

/** Rename, merge, split, retire (or use again) one reason, each in a small form of its own. */
export function ReasonActions({ reason, taxonomy, codes, targets }: Props) {
  const t = useT();
  const [mode, setMode] = useState<Mode>(null);
  const [name, setName] = useState(reason.name);
  const [target, setTarget] = useState('');
  const [date, setDate] = useState('');
  const [picked, setPicked] = useState<readonly string[]>([]);
  const done = (ok: boolean) => ok && setMode(null);
  const open = (m: Mode) => () => {
    setMode(mode === m ? null : m);
    setName(m === 'split' ? '' : reason.name);
    setDate('');
    setPicked([]);
    setTarget(targets[0]?.id ?? '');
  };
  if (reason.status !== 'active')
    return (
      <div className="reason-actions">
        <button type="button" onClick={() => commitEdit(reactivateReason(taxonomy, reason.id))}>
          {t('taxonomy.reactivate')}
        </button>
      </div>
    );
  return (
    <div className="reason-actions">
      <div className="reason-action-buttons">
        <button type="button" onClick={open('rename')} aria-expanded={mode === 'rename'}>
          {t('taxonomy.rename')}
        </button>
        <button type="button" onClick={open('merge')} aria-expanded={mode === 'merge'} data-testid="merge-open">
          {t('taxonomy.merge')}
        </button>
        {codes.length > 1 && (
          <button type="button" onClick={open('split')} aria-expanded={mode === 'split'}>
            {t('taxonomy.split')}
          </button>
        )}
        <button type="button" onClick={open('retire')} aria-expanded={mode === 'retire'}>
          {t('taxonomy.retire')}
        </button>
      </div>
      {mode === 'rename' && (
        <form
          className="reason-form"
          onSubmit={(e) => (e.preventDefault(), done(commitEdit(renameReason(taxonomy, reason.id, name))))}
        >
          <label>
            {t('taxonomy.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>
          <label>
            {t('taxonomy.moveCategory')}
            <input
              defaultValue={reason.category}
              list="taxonomy-categories"
              onBlur={(e) =>
                e.target.value !== reason.category && commitEdit(moveToCategory(taxonomy, reason.id, e.target.value))
              }
            />
          </label>
          <button type="submit">{t('taxonomy.save')}</button>
        </form>
      )}
      {mode === 'merge' && (
        <form
          className="reason-form"
          onSubmit={(e) => (
            e.preventDefault(),
            done(commitEdit(mergeReasons(taxonomy, reason.id, target, date || undefined)))
          )}
        >
          <label>
            {t('taxonomy.mergeTarget')}
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="merge-target">
              {targets.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.category} › {r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('taxonomy.mergeOn')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button type="submit" data-testid="merge-do">
            {t('taxonomy.doMerge')}
          </button>
        </form>
      )}
      {mode === 'split' && (
        <form
          className="reason-form"
          onSubmit={(e) => (
            e.preventDefault(),
            done(commitEdit(splitReason(taxonomy, reason.id, picked, name, `r-${crypto.randomUUID().slice(0, 8)}`)))
          )}
        >
          <label>
            {t('taxonomy.splitName')}
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>
          <fieldset>
            <legend>{t('taxonomy.splitCodes')}</legend>
            {codes.map((code) => (
              <label key={code} className="inline-check">
                <input
                  type="checkbox"
                  checked={picked.includes(code)}
                  onChange={(e) => setPicked(e.target.checked ? [...picked, code] : picked.filter((c) => c !== code))}
                />
                {code}
              </label>
            ))}
          </fieldset>
          <button type="submit">{t('taxonomy.doSplit')}</button>
        </form>
      )}
      {mode === 'retire' && (
        <form
          className="reason-form"
          onSubmit={(e) => (e.preventDefault(), date && done(commitEdit(retireReason(taxonomy, reason.id, date))))}
        >
          <label>
            {t('taxonomy.retireOn')}
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </label>
          <button type="submit">{t('taxonomy.doRetire')}</button>
        </form>
      )}
    </div>
  );
}
