import { typeWord } from '../../engine/user-words';
import { useT } from '../../i18n/react';
import { listOf, quoted, quotedList } from '../../i18n/words';
import type { TableKind } from '../../model';
import { remapCandidates, type CompatibilityIssue } from '../../spec/compatibility';
import { useDatasetsStore } from '../../state/datasets-store';
import { cancelPending, openPendingAnyway, remapPending, usePendingView } from './open-view';
import type { Translate } from '../../i18n/react';

function issueText(t: Translate, issue: CompatibilityIssue): string {
  const kind = t(`views.kind.${issue.kind}`);
  if (issue.reason === 'missing-table') return t('views.remap.missing-table', { kind, label: issue.label });
  if (issue.reason === 'missing-columns') {
    return t('views.remap.missing-columns', { kind, table: issue.table, columns: quotedList(t, issue.columns) });
  }
  const columns = listOf(
    t,
    issue.columns.map((c) =>
      t('column.typeChange', { name: quoted(t, c.name), was: typeWord(t, c.was), now: typeWord(t, c.now) }),
    ),
  );
  return t('views.remap.changed-types', { table: issue.table, columns });
}

/** Explains why a view cannot open as saved and offers the loaded tables that could stand in. */
export function RemapNotice() {
  const t = useT();
  const pending = usePendingView((s) => s.pending);
  const datasets = useDatasetsStore((s) => s.datasets);
  if (!pending) return null;
  const kinds = [...new Set(pending.issues.filter((i) => i.reason !== 'changed-types').map((i) => i.kind))];
  const onlyTypes = pending.issues.every((i) => i.reason === 'changed-types');
  return (
    <section className="views-remap" role="alert" data-testid="views-remap">
      <h3>
        {t('views.remap.title')}
        {pending.name ? ` — ${pending.name}` : ''}
      </h3>
      <ul>
        {pending.issues.map((issue, i) => (
          <li key={i}>{issueText(t, issue)}</li>
        ))}
      </ul>
      <p>{t('views.remap.explain')}</p>
      {kinds.map((kind: TableKind) => {
        const candidates = remapCandidates(pending.spec, kind, datasets);
        if (candidates.length === 0) return <p key={kind}>{t('views.remap.none')}</p>;
        return candidates.map((dataset) => (
          <button key={`${kind}-${dataset.id}`} type="button" onClick={() => void remapPending(kind, dataset)}>
            {t('views.remap.use', { label: dataset.label, kind: t(`views.kind.${kind}`) })}
          </button>
        ));
      })}
      {onlyTypes && (
        <button type="button" onClick={() => void openPendingAnyway()}>
          {t('views.remap.openAnyway')}
        </button>
      )}
      <button type="button" onClick={cancelPending}>
        {t('views.remap.cancel')}
      </button>
    </section>
  );
}
