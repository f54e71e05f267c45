export { LANGUAGES, defineMessages, type Language } from './define';
export { translate, formatNumber, type MessageParams } from './translate';
export { initialLanguage, rememberLanguage } from './language';
