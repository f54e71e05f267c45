import { useEffect } from 'react';
import { startPersistence } from './start';
import { StoragePanel } from './StoragePanel';
import { ViewsPanel } from './ViewsPanel';
import './views.css';

/** Saved views and local storage, in the data column; starts restoring what was stored on first render. */
export function ViewsSection() {
  useEffect(() => {
    void startPersistence();
  }, []);
  return (
    <div className="views-section">
      <ViewsPanel />
      <StoragePanel />
    </div>
  );
}
