/** Compact English/Chinese tables: 'en=zh|en=zh|…' parsed into labels. */
import type { Label } from './taxonomy';

export function pairs(table: string): readonly Label[] {
  return table.split('|').map((item) => {
    const [en = '', zh = ''] = item.split('=');
    return { en, zh };
  });
}
