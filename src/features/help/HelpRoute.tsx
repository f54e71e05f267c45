import { HelpPage } from './HelpPage';
import { useHelpRoute } from './use-help-route';

/** Shows the help page over the app while the address is `#/help`. */
export function HelpRoute() {
  const { open, close } = useHelpRoute();
  return open ? <HelpPage onClose={close} /> : null;
}
