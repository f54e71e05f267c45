import { useT } from '../../i18n/react';
import { HELP_HASH } from './use-help-route';

/** The link to "What can I load?", for the first screen and the mapping screen. */
export function HelpLink() {
  const t = useT();
  return (
    <a className="help-link" href={HELP_HASH} data-testid="help-link">
      {t('help.link')}
    </a>
  );
}
