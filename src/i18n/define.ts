/** The languages the UI speaks. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Declares one feature's messages in both languages; the type makes the Chinese catalogue carry
 * exactly the English keys. `{name}` placeholders are filled by `t`.
 */
export function defineMessages<const K extends string>(
  en: Record<K, string>,
  zhCN: Record<NoInfer<K>, string>,
): { en: Record<K, string>; 'zh-CN': Record<K, string> } {
  return { en, 'zh-CN': zhCN };
}
