import { useMemo, useState } from 'react';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { useLanguageStore, useT } from '../../i18n/react';
import { useEngineQuery } from '../../state/use-engine-query';
import { LazyChart } from '../../ui/chart/LazyChart';
import type { Finding, FindingKind } from '../common/findings/finding';
import { CandidatesList } from './CandidatesList';
import type { DrillSlice } from './drill-sql';
import { count } from './format';
import { FindingsList } from './FindingsList';
import { splitTerms } from './tag-rules';
import { readTags, tagFindings } from './tags-shape';
import { tagMatchSql, tagsSql, type TagRule } from './tags-sql';
import { trendOption } from './volume-option';
import type { Windows } from './window-sql';
import { SectionExport } from '../common/SectionExport';

interface Props {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  readonly rules: readonly TagRule[];
  readonly windows: Windows;
  readonly onRules: (rules: readonly TagRule[]) => void;
  readonly onDrill: (slice: DrillSlice) => void;
  readonly kept: readonly Finding[];
  readonly onKeep: (findings: readonly Finding[], kinds: readonly FindingKind[]) => void;
}

/** Keyword rules over notes, kept in settings; each tag's calls per month, its trend, drill-through; candidates. */
export function TagsSection({ filters, definitions, rules, windows, onRules, onDrill, kept, onKeep }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [draft, setDraft] = useState({ name: '', include: '', exclude: '' });
  const [bad, setBad] = useState(false);
  const key = rules.length ? JSON.stringify(['tags', filters, definitions, rules]) : null;
  const state = useEngineQuery(key, async (engine) =>
    readTags(await engine.query(tagsSql(filters, definitions, rules)), rules),
  );
  const tags = useMemo(() => (state.status === 'ready' ? state.value : []), [state]);
  const findings = useMemo(() => tagFindings(tags, t), [tags, t]);
  const months = tags[0]?.months.map((m) => m.month) ?? [];
  const chart = useMemo(
    () =>
      trendOption(
        tags.flatMap((tag) => tag.months.map((m) => ({ bucket: m.month, reason: tag.rule.name, n: m.n }))),
        tags.map((tag) => tag.rule.name),
        '',
      ),
    [tags],
  );
  const add = (rule: TagRule) => onRules([...rules.filter((r) => r.name !== rule.name), rule]);
  const submit = () => {
    const include = splitTerms(draft.include);
    if (!draft.name.trim() || include.length === 0) return setBad(true);
    setBad(false);
    add({ name: draft.name.trim(), include, exclude: splitTerms(draft.exclude) });
    setDraft({ name: '', include: '', exclude: '' });
  };
  return (
    <section className="reasons-section" data-testid="reasons-tags">
      <h3>{t('reasons.tags')}</h3>
      <p className="reasons-note">{t('reasons.tags.note')}</p>
      <form
        className="reasons-controls"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('reasons.tags.name')}{' '}
          <input
            data-testid="tag-name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </label>
        <label>
          {t('reasons.tags.include')}{' '}
          <input
            data-testid="tag-include"
            value={draft.include}
            onChange={(e) => setDraft({ ...draft, include: e.target.value })}
          />
        </label>
        <label>
          {t('reasons.tags.exclude')}{' '}
          <input
            data-testid="tag-exclude"
            value={draft.exclude}
            onChange={(e) => setDraft({ ...draft, exclude: e.target.value })}
          />
        </label>
        <button type="submit" data-testid="tag-add">
          {t('reasons.tags.add')}
        </button>
      </form>
      {bad && <p className="error-banner">{t('reasons.tags.bad')}</p>}
      {rules.length === 0 && <p>{t('reasons.tags.none')}</p>}
      {state.status === 'failed' && <p className="error-banner">{t('reasons.failed', { message: state.message })}</p>}
      {tags.length > 0 && (
        <SectionExport query={() => tagsSql(filters, definitions, rules)} title={t('reasons.tags')} />
      )}
      {tags.length > 0 && (
        <div className="reasons-scroll">
          <table className="reasons-table" data-testid="tags-table">
            <thead>
              <tr>
                <th>{t('reasons.tags.name')}</th>
                <th>{t('reasons.tags.include')}</th>
                <th>{t('reasons.tags.exclude')}</th>
                {months.map((m) => (
                  <th key={m}>{m}</th>
                ))}
                <th>{t('reasons.col.total')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <tr key={tag.rule.name} data-key={tag.rule.name}>
                  <td>{tag.rule.name}</td>
                  <td>{tag.rule.include.join('，')}</td>
                  <td>{tag.rule.exclude.join('，')}</td>
                  {tag.months.map((m) => (
                    <td
                      key={m.month}
                      className="num"
                      data-figure="reasons.tag_month"
                      data-value={m.n}
                      data-month={m.month}
                    >
                      {count(language, m.n)}
                    </td>
                  ))}
                  <td className="num" data-figure="reasons.tag_total" data-value={tag.total}>
                    {count(language, tag.total)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => onDrill({ label: tag.rule.name, where: tagMatchSql(tag.rule) })}
                    >
                      {t('reasons.showCalls')}
                    </button>{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => onRules(rules.filter((r) => r.name !== tag.rule.name))}
                    >
                      {t('reasons.tags.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tags.length > 0 && months.length > 1 && (
        <LazyChart option={chart} label={t('reasons.tags.chart')} height={280} />
      )}
      <FindingsList findings={findings} kinds={['tag']} kept={kept} onKeep={onKeep} />
      <CandidatesList
        filters={filters}
        definitions={definitions}
        windows={windows}
        onTag={add}
        kept={kept}
        onKeep={onKeep}
      />
    </section>
  );
}
