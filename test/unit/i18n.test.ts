import { describe, expect, it } from 'vitest';
import { registerEveryMessage } from '../../src/app/messages';
import { CATALOG, catalogParts } from '../../src/i18n/catalog';

await registerEveryMessage();
import { initialLanguage, translate } from '../../src/i18n';

describe('catalogues', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(Object.keys(CATALOG['zh-CN']).sort()).toEqual(Object.keys(CATALOG.en).sort());
  });

  it('no key is declared by two features', () => {
    const seen = new Map<string, number>();
    for (const part of catalogParts()) for (const key of Object.keys(part.en)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('no message is empty and every placeholder exists in both languages', () => {
    for (const [key, en] of Object.entries(CATALOG.en)) {
      const zh = CATALOG['zh-CN'][key] ?? '';
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh), key).toEqual(names(en));
    }
  });

  it('Chinese messages are actually translated (they contain Chinese)', () => {
    const untranslated = Object.entries(CATALOG['zh-CN']).filter(
      ([key, zh]) => zh === CATALOG.en[key] && !/^[\d\s\p{P}A-Z%]*$/u.test(zh.replace(/\{\w+\}/g, '')),
    );
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'engine.ready', { version: 'v1.2.3', seconds: '2.5' })).toBe(
      'Engine ready: DuckDB v1.2.3 (started in 2.5 s)',
    );
    expect(translate('zh-CN', 'engine.ready', { version: 'v1.2.3', seconds: '2.5' })).toBe(
      '引擎就绪：DuckDB v1.2.3（启动用时 2.5 秒）',
    );
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('initialLanguage', () => {
  const storage = (value: string | null) => ({ getItem: () => value });
  it('prefers the remembered choice', () => {
    expect(initialLanguage(storage('zh-CN'), ['en-US'])).toBe('zh-CN');
  });
  it('follows the browser when nothing is remembered', () => {
    expect(initialLanguage(storage(null), ['zh-TW', 'en'])).toBe('zh-CN');
    expect(initialLanguage(storage(null), ['fr-FR', 'en-GB'])).toBe('en');
    expect(initialLanguage(storage(null), ['fr-FR'])).toBe('en');
  });
  it('ignores a garbled stored value and a storage that throws', () => {
    expect(initialLanguage(storage('xx'), ['zh'])).toBe('zh-CN');
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(initialLanguage(throwing, ['en'])).toBe('en');
  });
});
