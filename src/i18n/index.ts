export { LANGUAGES, type Language } from './define';
export { translate, formatNumber, type MessageParams } from './translate';
export { initialLanguage } from './language';
