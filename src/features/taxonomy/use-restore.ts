import { useEffect } from 'react';
import type { Engine } from '../../engine/engine';
import { useEngineStore } from '../../state/engine-store';
import { useModelStore } from '../../state/model-store';
import { usePersistenceStore } from '../../state/storage-store';

const restored = new WeakSet<Engine>();

/** Re-applies a taxonomy the user applied in an earlier visit, once the canonical views first exist. */
export function useTaxonomyRestore(): void {
  const engine = useEngineStore((s) => (s.status === 'ready' ? s.engine : null));
  const ready = useModelStore((s) => s.status === 'ready');
  const storage = usePersistenceStore((s) => s.storage.status);
  useEffect(() => {
    if (!engine || !ready || storage === 'opening' || restored.has(engine)) return;
    restored.add(engine);
    // The taxonomy's model loads once the views exist, after the first screen.
    void import('./taxonomy-actions').then((m) => m.restoreApplied(engine));
  }, [engine, ready, storage]);
}
