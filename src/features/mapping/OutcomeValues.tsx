import { valueWord } from '../../engine/user-words';
import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import type { CallsMapping } from '../../model';

/** What an outcome value means: answered and abandoned calls are offered; the rest never reached the queue. */
export type OutcomeClass = 'answered' | 'abandoned' | 'not_offered';
const CLASSES: readonly OutcomeClass[] = ['answered', 'abandoned', 'not_offered'];

interface Props {
  readonly calls: CallsMapping;
  /** The outcome column's values with their counts, most frequent first. */
  readonly values: readonly { readonly value: string; readonly n: number }[];
  readonly onChange: (calls: CallsMapping) => void;
  /** The outcome column's engine type: a yes/no column's values read 是/否, not true/false. */
  readonly valueType?: string;
}

function classOf(calls: CallsMapping, value: string): OutcomeClass {
  if (calls.answeredValues.includes(value)) return 'answered';
  if (calls.notOfferedValues?.includes(value)) return 'not_offered';
  return 'abandoned';
}

/** Sets one outcome value's class in the mapping (a value is in at most one list). */
export function withOutcomeClass(calls: CallsMapping, value: string, to: OutcomeClass): CallsMapping {
  const answered = calls.answeredValues.filter((v) => v !== value);
  const notOffered = (calls.notOfferedValues ?? []).filter((v) => v !== value);
  return {
    ...calls,
    answeredValues: to === 'answered' ? [...answered, value] : answered,
    notOfferedValues: to === 'not_offered' ? [...notOffered, value] : notOffered,
  };
}

/** Each outcome value with its count and a choice of answered, abandoned or not offered. */
export function OutcomeValues({ calls, values, onChange, valueType }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  return (
    <div className="map-values" data-testid="outcome-values">
      <span>{t('outcome.title')}</span>
      <table className="map-outcomes">
        <tbody>
          {values.map(({ value, n }) => (
            <tr key={value} data-key={value}>
              <th scope="row">{valueWord(t, value, valueType)}</th>
              <td className="num">{t('outcome.calls', { n: formatNumber(language, n) })}</td>
              <td>
                <select
                  aria-label={valueWord(t, value, valueType)}
                  value={classOf(calls, value)}
                  onChange={(e) => onChange(withOutcomeClass(calls, value, e.target.value as OutcomeClass))}
                >
                  {CLASSES.map((c) => (
                    <option key={c} value={c}>
                      {t(`outcome.${c}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <small>{t('outcome.hint')}</small>
    </div>
  );
}
