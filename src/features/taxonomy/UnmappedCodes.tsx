import { useT } from '../../i18n/react';
import { assignCode, type Reason, type Taxonomy } from '../../model/taxonomy';
import { CodeChip } from './CodeChip';
import { commitEdit } from './taxonomy-actions';
import type { TaxonomyView } from './taxonomy-view';

/** Codes no reason takes: drag them onto a reason, or pick one; dropping a code here unmaps it. */
export function UnmappedCodes({
  taxonomy,
  view,
  choices,
}: {
  taxonomy: Taxonomy;
  view: TaxonomyView;
  choices: readonly Reason[];
}) {
  const t = useT();
  const codes = view.resolved.filter((r) => r.reason === undefined).map((r) => r.code);
  return (
    <section
      className="taxonomy-unmapped"
      data-testid="unmapped"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const code = e.dataTransfer.getData('text/plain');
        if (code) commitEdit(assignCode(taxonomy, code, undefined));
      }}
    >
      <h3>
        {t('taxonomy.unmapped')}{' '}
        <span data-figure="taxonomy.unmapped_codes" data-value={codes.length}>
          ({codes.length})
        </span>
      </h3>
      <p className="hint">{t('taxonomy.dragHint')}</p>
      {codes.length === 0 ? (
        <p>{t('taxonomy.unmapped.none')}</p>
      ) : (
        <ul className="code-chips">
          {codes.map((code) => (
            <CodeChip
              key={code}
              code={code}
              calls={view.calls.get(code) ?? 0}
              byRule={false}
              reason={undefined}
              taxonomy={taxonomy}
              choices={choices}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
