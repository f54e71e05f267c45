import { useCallback } from 'react';
import { create } from 'zustand';
import type { Language } from './define';
import { initialLanguage, rememberLanguage } from './language';
import { translate, type MessageParams } from './translate';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;

/** The UI language, shared by every component; changing it re-renders what reads it. */
export const useLanguageStore = create<LanguageState>((set) => ({
  language: initialLanguage(storage, browserLanguages),
  setLanguage: (language) => {
    rememberLanguage(storage, language);
    document.documentElement.lang = language;
    set({ language });
  },
}));

export type Translate = (key: string, params?: MessageParams) => string;

/** Returns `t(key, params)` bound to the current language. */
export function useT(): Translate {
  const language = useLanguageStore((s) => s.language);
  return useCallback((key: string, params?: MessageParams) => translate(language, key, params), [language]);
}
