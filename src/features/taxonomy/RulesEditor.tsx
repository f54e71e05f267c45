import { useT } from '../../i18n/react';
import {
  addRule,
  moveRule,
  removeRule,
  RULE_KINDS,
  updateRule,
  type Reason,
  type Rule,
  type RuleKind,
  type Taxonomy,
} from '../../model/taxonomy';
import { commitEdit } from './taxonomy-actions';
import type { TaxonomyView } from './taxonomy-view';

interface Props {
  taxonomy: Taxonomy;
  view: TaxonomyView;
  choices: readonly Reason[];
}

/** Rules in the order they are tried, each with how many codes and calls it catches. */
export function RulesEditor({ taxonomy, view, choices }: Props) {
  const t = useT();
  const change = (rule: Rule, patch: Partial<Rule>) => commitEdit(updateRule(taxonomy, { ...rule, ...patch }));
  return (
    <section className="taxonomy-rules">
      <h3>{t('taxonomy.rules')}</h3>
      <p className="hint">{t('taxonomy.rules.intro')}</p>
      {taxonomy.rules.length === 0 && <p>{t('taxonomy.rules.none')}</p>}
      <ol>
        {taxonomy.rules.map((rule, i) => {
          const caught = view.ruleCatch.get(rule.id) ?? { codes: 0, calls: 0 };
          return (
            <li key={rule.id} className="rule-row" data-key={rule.id} data-testid={`rule-${i + 1}`}>
              <label>
                {t('taxonomy.rule.kind')}
                <select value={rule.kind} onChange={(e) => change(rule, { kind: e.target.value as RuleKind })}>
                  {RULE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`taxonomy.rule.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('taxonomy.rule.value')}
                <input value={rule.value} onChange={(e) => change(rule, { value: e.target.value })} />
              </label>
              <label>
                {t('taxonomy.rule.reason')}
                <select value={rule.reason} onChange={(e) => change(rule, { reason: e.target.value })}>
                  {choices.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.category} › {r.name}
                    </option>
                  ))}
                </select>
              </label>
              <span className="rule-catch">
                <span data-figure="taxonomy.rule_codes" data-value={caught.codes} hidden />
                <span data-figure="taxonomy.rule_calls" data-value={caught.calls}>
                  {t('taxonomy.rule.catches', { codes: caught.codes, calls: caught.calls.toLocaleString() })}
                </span>
              </span>
              <span className="rule-buttons">
                <button type="button" disabled={i === 0} onClick={() => commitEdit(moveRule(taxonomy, rule.id, -1))}>
                  {t('taxonomy.rule.up')}
                </button>
                <button
                  type="button"
                  disabled={i === taxonomy.rules.length - 1}
                  onClick={() => commitEdit(moveRule(taxonomy, rule.id, 1))}
                >
                  {t('taxonomy.rule.down')}
                </button>
                <button type="button" onClick={() => commitEdit(removeRule(taxonomy, rule.id))}>
                  {t('taxonomy.rule.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={choices.length === 0}
        onClick={() =>
          commitEdit(
            addRule(taxonomy, {
              id: `rule-${crypto.randomUUID().slice(0, 8)}`,
              kind: 'prefix',
              value: '',
              reason: choices[0]!.id,
            }),
          )
        }
      >
        {t('taxonomy.rule.add')}
      </button>
    </section>
  );
}
