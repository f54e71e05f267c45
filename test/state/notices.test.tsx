// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/app/Notices';
import { useIngestStore } from '../../src/features/data/ingest-store';
import { useLanguageStore } from '../../src/i18n/react';
import { notify, usePersistenceStore } from '../../src/state/storage-store';

afterEach(cleanup);

describe('the notices', () => {
  it('stack ingest and storage messages in one place and go together', () => {
    useLanguageStore.setState({ language: 'en' });
    usePersistenceStore.setState({ notices: [] });
    useIngestStore.setState({ banners: [] });
    useIngestStore.getState().addBanner({ kind: 'info', key: 'ingest.duplicatesRemoved', params: { count: 3 } });
    notify('info', { key: 'views.saved', params: { name: 'A' } });
    notify('error', { key: 'views.storage.readOnly' });
    render(<Notices />);
    expect(screen.getByTestId('notices').querySelectorAll('[role="status"], [role="alert"]')).toHaveLength(3);
    fireEvent.click(screen.getByTestId('notices-dismiss-all'));
    expect(screen.queryByTestId('notices')).toBeNull();
    expect(usePersistenceStore.getState().notices).toEqual([]);
    expect(useIngestStore.getState().banners).toEqual([]);
  });
});
