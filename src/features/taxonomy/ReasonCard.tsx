import { useState } from 'react';
import { useT } from '../../i18n/react';
import { assignCode, setCodeValidity, type Reason, type Taxonomy } from '../../model/taxonomy';
import { CodeChip } from './CodeChip';
import { ReasonActions } from './ReasonActions';
import { commitEdit } from './taxonomy-actions';
import type { TaxonomyView } from './taxonomy-view';

interface Props {
  reason: Reason;
  taxonomy: Taxonomy;
  view: TaxonomyView;
  choices: readonly Reason[];
}

/** One reason: its counts and state, its codes (a drop target for codes), and what can be done to it. */
export function ReasonCard({ reason, taxonomy, view, choices }: Props) {
  const t = useT();
  const [over, setOver] = useState(false);
  const byId = new Map(taxonomy.reasons.map((r) => [r.id, r]));
  const codes = view.codesOf.get(reason.id) ?? [];
  const rules = new Map(view.resolved.map((r) => [r.code, r.via === 'rule']));
  const entries = new Map(taxonomy.codes.map((c) => [c.code, c]));
  const calls = reason.status === 'merged' ? view.ownCalls.get(reason.id) : view.countedCalls.get(reason.id);
  const parent = reason.parent ? byId.get(reason.parent) : undefined;
  return (
    <li
      className={`reason-card reason-${reason.status}${over ? ' reason-drop' : ''}${parent ? ' reason-sub' : ''}`}
      data-key={reason.name}
      data-testid={`reason-${reason.id}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const code = e.dataTransfer.getData('text/plain');
        if (code) commitEdit(assignCode(taxonomy, code, reason.id));
      }}
    >
      <div className="reason-head">
        <strong className="reason-name">{reason.name}</strong>
        <span className="reason-calls" data-figure="taxonomy.reason_calls" data-value={calls ?? 0}>
          {t('taxonomy.calls', { calls: (calls ?? 0).toLocaleString() })}
        </span>
        {reason.status !== 'active' && (
          <span className={`reason-status status-${reason.status}`}>{t(`taxonomy.status.${reason.status}`)}</span>
        )}
      </div>
      <p className="reason-meta">
        {parent && <span>{t('taxonomy.subOf', { parent: parent.name })} </span>}
        {reason.mergedInto && (
          <span>{t('taxonomy.mergedInto', { target: byId.get(reason.mergedInto)?.name ?? '' })} </span>
        )}
        {reason.validTo && <span>{t('taxonomy.until', { date: reason.validTo })}</span>}
      </p>
      <ul className="code-chips">
        {codes.map((code) => (
          <CodeChip
            key={code}
            code={code}
            calls={view.calls.get(code) ?? 0}
            byRule={rules.get(code) ?? false}
            reason={reason.id}
            taxonomy={taxonomy}
            choices={choices}
          />
        ))}
      </ul>
      {codes.length > 0 && (
        <details className="code-validity">
          <summary>{t('taxonomy.validity')}</summary>
          {codes.map((code) => {
            const entry = entries.get(code);
            const change = (from?: string, to?: string) => commitEdit(setCodeValidity(taxonomy, code, from, to));
            return (
              <div key={code} className="validity-row">
                <span>{code}</span>
                <label>
                  {t('taxonomy.validFrom')}
                  <input
                    type="date"
                    value={entry?.validFrom ?? ''}
                    onChange={(e) => change(e.target.value, entry?.validTo)}
                  />
                </label>
                <label>
                  {t('taxonomy.validTo')}
                  <input
                    type="date"
                    value={entry?.validTo ?? ''}
                    onChange={(e) => change(entry?.validFrom, e.target.value)}
                  />
                </label>
              </div>
            );
          })}
        </details>
      )}
      <ReasonActions
        reason={reason}
        taxonomy={taxonomy}
        codes={codes}
        targets={choices.filter((r) => r.id !== reason.id)}
      />
    </li>
  );
}
