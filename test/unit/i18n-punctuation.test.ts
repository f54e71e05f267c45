import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog';

type Messages = { en: Record<string, string>; 'zh-CN': Record<string, string> };

const SRC = join(__dirname, '../../src');
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
// An ASCII colon, comma, semicolon or bracket with a Chinese character next to it (spaces between allowed).
const ASCII_IN_CHINESE = new RegExp(`${CJK}\\s*[:,;()]|[:,;()]\\s*${CJK}`, 'u');

/** Every source file that declares a catalogue, wherever a feature keeps it. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return catalogueFiles(path);
    return /\.tsx?$/.test(name) && /=\s*defineMessages\(/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

/** A placeholder stands inside Chinese text, so it counts as a Chinese character here. */
function offending(zh: string): boolean {
  return ASCII_IN_CHINESE.test(zh.replace(/\{\w+\}/g, '字'));
}

describe('Chinese punctuation in every catalogue', () => {
  const files = catalogueFiles(SRC);

  it('finds the catalogues (the scan itself works)', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it('flags what it must: "日期: 2026", "映射 (可选)", "a,中" and a placeholder before ":"', () => {
    expect(offending('日期: 2026')).toBe(true);
    expect(offending('映射 (可选)')).toBe(true);
    expect(offending('a,中')).toBe(true);
    expect(offending('{label}: {value}')).toBe(true);
    expect(offending('日期：2026（可选），时分秒（hh:mm:ss），小数点为逗号（1,5）')).toBe(false);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s: no ASCII : , ; ( ) next to Chinese', async (_name, file) => {
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const catalogues = Object.values(module).filter(
      (v): v is Messages => typeof v === 'object' && v !== null && 'zh-CN' in v,
    );
    expect(catalogues.length).toBeGreaterThan(0);
    const bad = catalogues.flatMap((c) => Object.entries(c['zh-CN']).filter(([, zh]) => offending(zh)));
    expect(bad).toEqual([]);
  });

  it('every declared catalogue is registered, so the app shows it', async () => {
    for (const file of files) {
      const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const c of Object.values(module).filter(
        (v): v is Messages => typeof v === 'object' && v !== null && 'zh-CN' in v,
      ))
        for (const key of Object.keys(c['zh-CN']))
          expect(CATALOG['zh-CN'][key], `${relative(SRC, file)}: ${key}`).toBeDefined();
    }
  });
});
