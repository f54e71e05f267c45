import { callsWhere } from '../../metrics';
import { join, sql } from '../../sql';
import { dimensionSql } from '../common/change/dimensions';
import { calendarFinding } from './findings';
import { FindingRow } from './FindingRow';
import type { CalendarEffect } from './effects-shape';
import type { SectionProps } from './section-props';

interface Props extends SectionProps {
  readonly effects: readonly CalendarEffect[];
}

/** Segments whose volume departs from their own baseline on days of the month, weekdays or hours. */
export function CalendarSection({ effects, t, language, kpi, filters, kept, onKeep }: Props) {
  const base = callsWhere(filters);
  return (
    <section className="variance-section" data-testid="variance-calendar">
      <h3>{t('variance.calendar.title')}</h3>
      <p className="variance-note">{t('variance.calendar.intro')}</p>
      {effects.length === 0 && <p>{t('variance.calendar.none')}</p>}
      <ul className="variance-findings">
        {effects.slice(0, 12).map((e) => {
          const f = calendarFinding({ t, language, kpi }, e);
          const when =
            e.kind === 'day_of_month'
              ? sql`day(started_at) in (${join(
                  (e.daysOfMonth ?? []).map((d) => sql`${d}`),
                  ', ',
                )})`
              : e.kind === 'weekday'
                ? sql`isodow(started_at) = ${e.weekday ?? 0}`
                : sql`hour(started_at) = ${e.hour ?? 0}`;
          const where = sql`${base} and ${dimensionSql(e.dim)} = ${e.segment} and ${when}`;
          return (
            <FindingRow key={f.sentence} finding={f} kept={kept} onKeep={onKeep} slice={{ where, label: f.sentence }} />
          );
        })}
      </ul>
    </section>
  );
}
