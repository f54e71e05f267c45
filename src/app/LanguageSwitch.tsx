import { LANGUAGES, type Language } from '../i18n';
import { useLanguageStore, useT } from '../i18n/react';

const NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Switches the UI language; the choice is remembered for the next visit. */
export function LanguageSwitch() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        data-testid="language-switch"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
