import iconv from 'iconv-lite';
import {
  HELP_TABLES,
  templateCsv,
  templateFileName,
  type HelpTable,
  type TemplateEncoding,
} from '../../src/features/help/templates';
import { LANGUAGES, type Language } from '../../src/i18n';

const BOM = [0xef, 0xbb, 0xbf];

/** A template's bytes: UTF-8 with a BOM (so Excel opens it as UTF-8), or GBK as Chinese Excel saves CSV. */
export function templateBytes(table: HelpTable, language: Language, encoding: TemplateEncoding): Uint8Array {
  const text = templateCsv(table, language);
  if (encoding === 'gbk') return new Uint8Array(iconv.encode(text, 'gbk'));
  return new Uint8Array([...BOM, ...new TextEncoder().encode(text)]);
}

/** Every template file the app ships: each table, each language, each encoding. */
export function allTemplates(): { table: HelpTable; language: Language; encoding: TemplateEncoding; name: string }[] {
  return HELP_TABLES.flatMap((table) =>
    LANGUAGES.flatMap((language) =>
      (['utf8', 'gbk'] as const).map((encoding) => ({
        table,
        language,
        encoding,
        name: templateFileName(table, language, encoding),
      })),
    ),
  );
}
