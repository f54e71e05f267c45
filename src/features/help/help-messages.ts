import { defineMessages } from '../../i18n/define';
import type { CatalogLoader } from '../../i18n/lazy';

/** The link to the help page, shown on the first screen; the page's own messages load with the page. */
export const helpLinkMessages = defineMessages(
  { 'help.link': 'What can I load?' },
  { 'help.link': '可以导入哪些数据？' },
);

export const loadHelpCatalog: CatalogLoader = () => import('./catalog').then((m) => m.helpMessages);
