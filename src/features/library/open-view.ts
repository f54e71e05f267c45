import { create } from 'zustand';
import type { TableKind } from '../../model';
import { checkView, remapView, type CompatibilityIssue } from '../../spec/compatibility';
import type { ViewSpec } from '../../spec/view-spec';
import { useDatasetsStore, type Dataset } from '../../state/datasets-store';
import { applySpec } from '../../state/working-spec';
import { notify } from '../../state/storage-store';

/** A view that did not fit the loaded tables, waiting for the user to re-map it or give up. */
export interface PendingView {
  readonly spec: ViewSpec;
  readonly name: string;
  readonly issues: readonly CompatibilityIssue[];
}

export const usePendingView = create<{ pending: PendingView | null }>(() => ({ pending: null }));

/**
 * Opens a view: when every table and column it reads is loaded it becomes the working state; otherwise nothing
 * changes and the view waits in `usePendingView` with what is missing.
 */
export async function openSpec(spec: ViewSpec, name: string): Promise<'opened' | 'needs-remap'> {
  const { mapping, issues } = checkView(spec, useDatasetsStore.getState().datasets);
  if (issues.length > 0) {
    usePendingView.setState({ pending: { spec, name, issues } });
    return 'needs-remap';
  }
  usePendingView.setState({ pending: null });
  await applySpec({ ...spec, mapping });
  return 'opened';
}

/** Re-points the pending view's `kind` at another loaded table, then tries to open it again. */
export async function remapPending(kind: TableKind, target: Dataset): Promise<void> {
  const pending = usePendingView.getState().pending;
  if (!pending) return;
  const { spec, dropped } = remapView(pending.spec, kind, target);
  if (dropped.length) notify('info', { key: 'views.remap.dropped', params: { roles: dropped.join(', ') } });
  await openSpec(spec, pending.name);
}

/** Opens the pending view although column types changed (the user has read the warning). */
export async function openPendingAnyway(): Promise<void> {
  const pending = usePendingView.getState().pending;
  if (!pending) return;
  if (pending.issues.some((issue) => issue.reason !== 'changed-types')) return;
  usePendingView.setState({ pending: null });
  const { mapping } = checkView(pending.spec, useDatasetsStore.getState().datasets);
  await applySpec({ ...pending.spec, mapping });
}

export function cancelPending(): void {
  usePendingView.setState({ pending: null });
}
