import type { Translate } from './react';

/** Items joined as the language writes a list: "a, b" in English, "甲、乙" in Chinese. */
export function listOf(t: Translate, items: readonly string[]): string {
  return items.join(t('list.separator'));
}

/** A name inside running text, in the language's quotation marks: “是否解决”. */
export function quoted(t: Translate, text: string): string {
  return t('text.quoted', { text });
}

/** Names inside running text, each quoted, as a list: “来电时间”、“呼叫结果”. */
export function quotedList(t: Translate, items: readonly string[]): string {
  return listOf(
    t,
    items.map((item) => quoted(t, item)),
  );
}
