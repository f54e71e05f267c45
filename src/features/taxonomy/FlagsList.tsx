import { useT, type Translate } from '../../i18n/react';
import type { Taxonomy, TaxonomyFlag } from '../../model/taxonomy';

function flagText(t: Translate, flag: TaxonomyFlag, taxonomy: Taxonomy): string {
  const name = (id: string) => taxonomy.reasons.find((r) => r.id === id)?.name ?? id;
  const ruleName = (id: string) => t('taxonomy.rule.name', { n: taxonomy.rules.findIndex((r) => r.id === id) + 1 });
  switch (flag.kind) {
    case 'same-name':
    case 'near-name':
      return t(`taxonomy.flag.${flag.kind}`, { a: name(flag.reasons[0]), b: name(flag.reasons[1]) });
    case 'rule-overlap':
      return t('taxonomy.flag.rule-overlap', {
        code: flag.code,
        count: flag.rules.length,
        rules: flag.rules.map(ruleName).join(', '),
      });
    case 'no-codes':
      return t('taxonomy.flag.no-codes', { reason: name(flag.reason) });
    case 'bad-pattern':
      return t('taxonomy.flag.bad-pattern', { rule: ruleName(flag.rule), error: flag.error });
  }
}

/** Duplicate or overlapping reasons, recomputed on every edit. */
export function FlagsList({ flags, taxonomy }: { flags: readonly TaxonomyFlag[]; taxonomy: Taxonomy }) {
  const t = useT();
  return (
    <section className="taxonomy-flags" aria-live="polite">
      <h3>
        {t('taxonomy.flags')}{' '}
        <span data-figure="taxonomy.flags" data-value={flags.length}>
          ({flags.length})
        </span>
      </h3>
      {flags.length === 0 ? (
        <p>{t('taxonomy.flags.none')}</p>
      ) : (
        <ul>
          {flags.map((flag, i) => (
            <li key={i} className="taxonomy-flag" data-flag={flag.kind}>
              {flagText(t, flag, taxonomy)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
