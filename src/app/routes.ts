import { useEffect } from 'react';
import { HELP_HASH } from '../features/help/use-help-route';
import { useWorkspaceStore } from '../state/workspace-store';
import { ANALYSES, findAnalysis } from './registry';

/** The analysis id in a fragment: `#/overview` and `#/overview?view=…` both give `overview`; anything else null. */
export function routeOf(hash: string): string | null {
  const match = /^#\/([\w-]+)/.exec(hash);
  return match ? match[1]! : null;
}

/** The address of an analysis. */
export function routeHref(id: string): string {
  return `#/${id}`;
}

function hasViewParam(hash: string): boolean {
  return /[#?&]view=/.test(hash);
}

/**
 * Keeps the address and the open analysis in step: a link, Back or Forward opens the analysis in the address; an
 * analysis opened from a saved view becomes a new history entry. An address naming no analysis of this build falls
 * back to the first one.
 */
export function useRoute(): void {
  useEffect(() => {
    const fromAddress = () => {
      const hash = window.location.hash;
      if (hasViewParam(hash)) return; // a shared link: restoring the view sets the analysis.
      if (hash === HELP_HASH) return; // the help page opens over the open analysis.
      const id = routeOf(hash);
      const known = id ? findAnalysis(id) : undefined;
      if (known) useWorkspaceStore.getState().open(known.id);
      else {
        const current = findAnalysis(useWorkspaceStore.getState().analysis) ?? ANALYSES[0]!;
        history.replaceState(history.state, '', routeHref(current.id));
      }
    };
    fromAddress();
    window.addEventListener('hashchange', fromAddress);
    const unsubscribe = useWorkspaceStore.subscribe((state, before) => {
      if (state.analysis === before.analysis) return;
      const hash = window.location.hash;
      if (routeOf(hash) !== state.analysis && !hasViewParam(hash))
        history.pushState(null, '', routeHref(state.analysis));
    });
    return () => {
      window.removeEventListener('hashchange', fromAddress);
      unsubscribe();
    };
  }, []);
}
