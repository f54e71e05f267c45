import { lazy, Suspense } from 'react';
import { withCatalog } from '../../i18n/lazy';
import { loadHelpCatalog } from './help-messages';
import { useHelpRoute } from './use-help-route';

// The page, its templates and its messages load when it is first opened, not with the first screen.
const HelpPage = lazy(() =>
  withCatalog(loadHelpCatalog, () => import('./HelpPage')).then((m) => ({ default: m.HelpPage })),
);

/** Shows the help page over the app while the address is `#/help`. */
export function HelpRoute() {
  const { open, close } = useHelpRoute();
  return open ? (
    <Suspense fallback={null}>
      <HelpPage onClose={close} />
    </Suspense>
  ) : null;
}
