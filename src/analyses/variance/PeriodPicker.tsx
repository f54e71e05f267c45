import { useState } from 'react';
import type { Translate } from './format';
import type { ComparedPeriods } from './periods';
import { readPeriods } from './periods';

interface Props {
  readonly periods: ComparedPeriods;
  readonly onChange: (p: ComparedPeriods) => void;
  readonly t: Translate;
}

/** The two periods to compare, as four dates; a bad range says what is wrong and keeps the current periods. */
export function PeriodPicker({ periods, onChange, t }: Props) {
  const [draft, setDraft] = useState(periods);
  const [bad, setBad] = useState(false);
  const field = (which: 'test' | 'control', end: 'from' | 'to') => (
    <input
      type="date"
      value={draft[which][end]}
      data-testid={`variance-${which}-${end}`}
      aria-label={`${t(`variance.change.${which}`)} ${t(`variance.change.${end}`)}`}
      onChange={(e) => setDraft({ ...draft, [which]: { ...draft[which], [end]: e.target.value } })}
    />
  );
  return (
    <form
      className="variance-periods"
      onSubmit={(e) => {
        e.preventDefault();
        const read = readPeriods(draft as never);
        setBad(!read);
        if (read) onChange(read);
      }}
    >
      <span>{t('variance.change.test')}</span> {field('test', 'from')} – {field('test', 'to')}{' '}
      <span>{t('variance.change.control')}</span> {field('control', 'from')} – {field('control', 'to')}{' '}
      <button type="submit">{t('variance.change.apply')}</button>
      {bad && (
        <p className="error-banner" role="alert">
          {t('variance.change.badDates')}
        </p>
      )}
    </form>
  );
}
