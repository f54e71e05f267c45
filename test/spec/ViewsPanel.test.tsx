// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatasetsStore } from '../../src/state/datasets-store';
import { DEFAULT_SETTINGS } from '../../src/model';
import { useModelStore } from '../../src/state/model-store';
import { usePersistenceStore } from '../../src/state/storage-store';
import { refreshViews, useViewsList } from '../../src/features/library/views-list';
import { Notices } from '../../src/app/Notices';
import { ViewsPanel } from '../../src/features/library/ViewsPanel';
import { useLanguageStore } from '../../src/i18n/react';
import { CallsightDb } from '../../src/spec/db';
import { sampleSpec } from './fixtures';

let db: CallsightDb;

beforeEach(async () => {
  db = new CallsightDb(`panel-${Math.random()}`);
  await db.open();
  usePersistenceStore.setState({ storage: { status: 'ready', db }, role: 'writer', notices: [] });
  useViewsList.setState({ views: [], unreadable: [], lastDeleted: null });
  const spec = sampleSpec();
  useModelStore.setState({
    mapping: { ...spec.mapping, settings: DEFAULT_SETTINGS },
    filters: spec.filters,
    status: 'ready',
  });
  useDatasetsStore.setState({
    datasets: [
      { id: 'ds-1', table: 'calls_jan', label: 'calls.csv', sources: [], rows: 3, columns: spec.datasets[0]!.columns },
    ],
  });
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

function renderPanel() {
  return render(
    <>
      <Notices />
      <ViewsPanel />
    </>,
  );
}

describe('the views panel', () => {
  it('saves the working state, renames, deletes and undoes', async () => {
    useLanguageStore.setState({ language: 'en' });
    renderPanel();
    expect(screen.getByText(/No saved views yet/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('view-name'), { target: { value: 'Mobile, January' } });
    fireEvent.click(screen.getByTestId('view-save'));
    await waitFor(() => expect(screen.getByTestId('view-open').textContent).toBe('Mobile, January'));
    const stored = await db.views.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.spec).toMatchObject({
      schemaVersion: 3,
      filters: sampleSpec().filters,
      datasets: [{ table: 'calls_jan' }],
    });

    fireEvent.click(screen.getByTestId('view-rename'));
    fireEvent.change(screen.getByTestId('view-rename-input'), { target: { value: 'Mobile Q1' } });
    fireEvent.submit(screen.getByTestId('view-rename-input'));
    await waitFor(() => expect(screen.getByTestId('view-open').textContent).toBe('Mobile Q1'));

    fireEvent.click(screen.getByTestId('view-delete'));
    await waitFor(() => expect(screen.queryByTestId('view-item')).toBeNull());
    expect(screen.getByTestId('views-notices').textContent).toContain('Deleted “Mobile Q1”.');
    fireEvent.click(screen.getByTestId('views-undo'));
    await waitFor(() => expect(screen.getByTestId('view-open').textContent).toBe('Mobile Q1'));
    expect(await db.views.count()).toBe(1);
  });

  it('says so in Chinese when another tab is the writer, and stores nothing', async () => {
    useLanguageStore.setState({ language: 'zh-CN' });
    usePersistenceStore.setState({ role: 'reader' });
    renderPanel();
    fireEvent.click(screen.getByTestId('view-save'));
    await waitFor(() => expect(screen.getByTestId('views-notices').textContent).toContain('此标签页为只读'));
    expect(await db.views.count()).toBe(0);
  });

  it('lists a stored view it cannot read, with the reason, and keeps it', async () => {
    useLanguageStore.setState({ language: 'en' });
    await db.views.add({
      id: 'f',
      name: 'From a newer app',
      createdAt: 1,
      updatedAt: 1,
      thumbnail: null,
      spec: { schemaVersion: 8 },
    });
    await refreshViews();
    renderPanel();
    expect(screen.getByTestId('view-unreadable').textContent).toBe(
      '“From a newer app” cannot be opened: It was made by a newer version of Callsight (format 8). Open the newest Callsight and try again. It is kept unchanged.',
    );
    expect(await db.views.count()).toBe(1);
  });
});
