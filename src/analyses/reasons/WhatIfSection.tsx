import { useState } from 'react';
import type { KpiDefinitions } from '../../metrics';
import { useLanguageStore, useT } from '../../i18n/react';
import { count, decimal, money } from './format';
import type { ReasonRow } from './matrix-shape';
import { whatIf } from './what-if-shape';

interface Props {
  readonly rows: readonly ReasonRow[];
  readonly days: number;
  readonly definitions: KpiDefinitions;
  readonly cut: number;
  readonly hoursPerFte: number;
  readonly onChange: (patch: { whatIfCut?: number; hoursPerFte?: number }) => void;
}

/** "Cut the repeats of R by x%": contacts, handle hours, cost and FTE saved over the period shown. */
export function WhatIfSection({ rows, days, definitions, cut, hoursPerFte, onChange }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const withRepeats = rows.filter((r) => r.repeats > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const row = withRepeats.find((r) => r.reason === chosen) ?? [...withRepeats].sort((a, b) => b.repeats - a.repeats)[0];
  if (!row) return null;
  const w = whatIf(row, cut / 100, hoursPerFte, days);
  return (
    <section className="reasons-section" data-testid="reasons-what-if">
      <h3>{t('reasons.whatIf')}</h3>
      <div className="reasons-controls">
        <label>
          {t('reasons.whatIf.reason')}{' '}
          <select value={row.reason ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="what-if-reason">
            {withRepeats.map((r) => (
              <option key={r.reason ?? ''} value={r.reason ?? ''}>
                {r.reason}
                {r.code && r.code !== r.reason ? (language === 'zh-CN' ? `（${r.code}）` : ` (${r.code})`) : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reasons.whatIf.cut')}{' '}
          <input
            type="number"
            min={0}
            max={100}
            value={cut}
            onChange={(e) => onChange({ whatIfCut: Math.max(0, Math.min(100, Number(e.target.value) || 0)) })}
          />
        </label>
        <label>
          {t('reasons.whatIf.hours')}{' '}
          <input
            type="number"
            min={1}
            max={744}
            value={hoursPerFte}
            onChange={(e) => onChange({ hoursPerFte: Math.max(1, Math.min(744, Number(e.target.value) || 140)) })}
          />
        </label>
      </div>
      <dl className="reasons-figures">
        <div>
          <dt>{t('reasons.whatIf.contacts')}</dt>
          <dd data-figure="reasons.what_if_contacts" data-value={w.contacts}>
            {count(language, w.contacts)}
          </dd>
        </div>
        <div>
          <dt>{t('reasons.whatIf.handle')}</dt>
          <dd data-figure="reasons.what_if_hours" data-value={w.handleHours}>
            {decimal(language, w.handleHours, 1)}
          </dd>
        </div>
        <div>
          <dt>{t('reasons.whatIf.cost')}</dt>
          <dd data-figure="reasons.what_if_cost" data-value={w.cost ?? ''}>
            {money(language, w.cost, definitions.currency)}
          </dd>
        </div>
        <div>
          <dt>{t('reasons.whatIf.fte')}</dt>
          <dd data-figure="reasons.what_if_fte" data-value={w.fte}>
            {decimal(language, w.fte, 2)}
          </dd>
        </div>
      </dl>
      {w.cost === null && <p className="reasons-note">{t('reasons.noCost')}</p>}
      <p className="reasons-note">
        {t('reasons.whatIf.note', { days, repeats: count(language, row.repeats), window: definitions.repeatDays })}
      </p>
    </section>
  );
}
