import { explainError } from '../../engine/user-words';
import { useT } from '../../i18n/react';
import { quotedList } from '../../i18n/words';
import { ErrorDetails } from '../../ui/ErrorDetails';
import { TABLE_KINDS, type CallsMapping, type Mapping, type TableKind } from '../../model';
import { useEngineStore } from '../../state/engine-store';
import { applyMapping, missingRequired, useModelStore } from '../../state/model-store';
import { CallsOptions } from './CallsOptions';
import { CostSettings } from './CostSettings';
import { TableSection } from './TableSection';
import { useSourceTables } from './use-tables';
import { useValidation } from './use-validation';
import { ValidationList } from './ValidationList';
import './mapping.css';

function withTable(mapping: Mapping, kind: TableKind, table: string | null): Mapping {
  if (!table) return { ...mapping, [kind]: undefined };
  const empty =
    kind === 'calls'
      ? ({ table, columns: {}, answeredValues: [], durationUnit: 'seconds' } satisfies CallsMapping)
      : { table, columns: {} };
  return { ...mapping, [kind]: empty };
}

function withColumn(mapping: Mapping, kind: TableKind, role: string, column: string | null): Mapping {
  const current = mapping[kind];
  if (!current) return mapping;
  const columns = Object.fromEntries(
    Object.entries({ ...current.columns, [role]: column }).filter(([, c]) => Boolean(c)),
  );
  return { ...mapping, [kind]: { ...current, columns } };
}

/** The one screen where the user confirms or changes which table and column plays each role. */
export function MappingScreen() {
  const t = useT();
  const tables = useSourceTables();
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const { mapping, confidence, status, error, viewsVersion, setMapping, setSettings } = useModelStore();
  const validation = useValidation(mapping, tables);
  const report =
    validation.status === 'ready' ? validation.value : validation.status === 'loading' ? validation.stale : null;
  const missing = missingRequired(mapping);
  if (status === 'detecting') return <p className="map-busy">{t('model.detecting')}</p>;
  return (
    <section className="mapping" data-testid="mapping-screen">
      <h2>{t('model.title')}</h2>
      <p className="map-intro">{t('model.intro')}</p>
      <a className="help-link" href="#/help" data-testid="help-link">
        {t('help.link')}
      </a>
      <div className="map-grid">
        {TABLE_KINDS.map((kind) => (
          <TableSection
            key={kind}
            kind={kind}
            value={mapping[kind]}
            tables={tables}
            confidence={confidence[kind]}
            onTable={(table) => setMapping(withTable(mapping, kind, table))}
            onColumn={(role, column) => setMapping(withColumn(mapping, kind, role, column))}
          />
        ))}
        <div className="map-side">
          {mapping.calls && (
            <CallsOptions
              calls={mapping.calls}
              tables={tables}
              onChange={(calls) => setMapping({ ...mapping, calls })}
            />
          )}
          <CostSettings settings={mapping.settings} onChange={setSettings} />
        </div>
      </div>
      {report && <ValidationList report={report} />}
      {validation.status === 'failed' && (
        <p className="map-missing" role="alert" data-testid="validation-failed">
          {t('model.validationFailed', { message: explainError(t, validation.message).text })}
        </p>
      )}
      {missing.length > 0 && (
        <p className="map-missing">
          {t('model.missing', {
            roles: quotedList(
              t,
              missing.map((r) => t(`model.role.${r.split('.')[1]}`)),
            ),
          })}
        </p>
      )}
      {status === 'failed' && error && (
        <div className="error-banner" role="alert">
          {t('model.failed', { message: explainError(t, error).text })}
          <ErrorDetails raw={error} label={t('engine.error.details')} />
        </div>
      )}
      <div className="map-actions">
        <button
          type="button"
          className="primary"
          data-testid="apply-mapping"
          disabled={!engine || missing.length > 0 || status === 'building'}
          onClick={() => engine && void applyMapping(engine, mapping, tables)}
        >
          {status === 'building' ? t('model.building') : t('model.apply')}
        </button>
        {viewsVersion > 0 && status !== 'building' && (
          <button type="button" onClick={() => useModelStore.setState({ status: 'ready' })}>
            {t('model.cancel')}
          </button>
        )}
      </div>
    </section>
  );
}
