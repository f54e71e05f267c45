import { useT } from '../../i18n/react';
import { isUnfiltered, LIST_FILTERS, NO_FILTERS, type Filters, type ListFilterKey } from '../../model';
import { useModelStore } from '../../state/model-store';
import { useFilterOptions } from './use-filter-options';
import './filters.css';

function Chip({ label, onRemove, removeLabel }: { label: string; onRemove: () => void; removeLabel: string }) {
  return (
    <span className="chip" data-testid="filter-chip">
      {label}
      <button type="button" aria-label={removeLabel} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

/** The global filters: a date range and value lists, each active value shown as a removable chip. */
export function FilterBar() {
  const t = useT();
  const filters = useModelStore((s) => s.filters);
  const setFilters = useModelStore((s) => s.setFilters);
  const options = useFilterOptions();
  const update = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const add = (value: string) => {
    const [key, item] = JSON.parse(value) as [ListFilterKey, string];
    if (!filters[key].includes(item)) update({ [key]: [...filters[key], item] });
  };
  const chips = LIST_FILTERS.flatMap(({ key }) =>
    filters[key].map((value) => ({
      key,
      value,
      label: t('model.filters.chip', { label: t(`model.filters.${key}`), value }),
    })),
  );
  return (
    <div className="filter-bar" role="group" aria-label={t('model.filters.title')} data-testid="filter-bar">
      <label>
        {t('model.filters.from')}{' '}
        <input
          type="date"
          data-testid="filter-from"
          min={options.first}
          max={filters.dateTo ?? options.last}
          value={filters.dateFrom ?? ''}
          onChange={(e) => update({ dateFrom: e.target.value || null })}
        />
      </label>
      <label>
        {t('model.filters.to')}{' '}
        <input
          type="date"
          data-testid="filter-to"
          min={filters.dateFrom ?? options.first}
          max={options.last}
          value={filters.dateTo ?? ''}
          onChange={(e) => update({ dateTo: e.target.value || null })}
        />
      </label>
      <select data-testid="filter-add" value="" onChange={(e) => e.target.value && add(e.target.value)}>
        <option value="">{t('model.filters.add')}</option>
        {LIST_FILTERS.map(({ key }) =>
          options[key]?.length ? (
            <optgroup key={key} label={t(`model.filters.${key}`)}>
              {options[key].map((v) => (
                <option key={v} value={JSON.stringify([key, v])} disabled={filters[key].includes(v)}>
                  {v}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
      <div className="chips">
        {(filters.dateFrom || filters.dateTo) && (
          <Chip
            label={t('model.filters.chip', {
              label: t('model.filters.dates'),
              value: t('model.filters.range', { from: filters.dateFrom ?? '…', to: filters.dateTo ?? '…' }),
            })}
            removeLabel={t('model.filters.remove', { label: t('model.filters.dates') })}
            onRemove={() => update({ dateFrom: null, dateTo: null })}
          />
        )}
        {chips.map((c) => (
          <Chip
            key={`${c.key}:${c.value}`}
            label={c.label}
            removeLabel={t('model.filters.remove', { label: c.label })}
            onRemove={() => update({ [c.key]: filters[c.key].filter((v) => v !== c.value) })}
          />
        ))}
        {!isUnfiltered(filters) && (
          <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
            {t('model.filters.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
