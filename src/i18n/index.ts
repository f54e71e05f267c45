export { LANGUAGES, defineMessages, type Language } from './define';
export { translate, formatNumber, type MessageParams } from './translate';
export { registerMessages } from './catalog';
export { initialLanguage, rememberLanguage } from './language';
