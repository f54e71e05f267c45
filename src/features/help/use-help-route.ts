import { useCallback, useSyncExternalStore } from 'react';

/** The address of the help page: a link anywhere in the app (or the README) opens it. */
export const HELP_HASH = '#/help';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Whether the help page is open (the address ends in `#/help`), and how to close it. */
export function useHelpRoute(): { open: boolean; close: () => void } {
  const open = useSyncExternalStore(subscribe, () => window.location.hash === HELP_HASH);
  const close = useCallback(() => {
    // Back to the address without the hash, without adding a history entry or reloading.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return { open, close };
}
