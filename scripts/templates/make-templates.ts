/**
 * Writes the template CSVs the help page offers (src/features/help/template-files) from the templates in
 * src/features/help/templates.ts. GBK files are made here, with iconv-lite, so the browser needs no GBK encoder.
 * Run after editing a template: `npx tsx scripts/templates/make-templates.ts`; test/help/templates.test.ts
 * fails while the files and the templates disagree.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allTemplates, templateBytes } from './template-bytes.ts';

export const TEMPLATE_DIR = join(import.meta.dirname, '../../src/features/help/template-files');

for (const { table, language, encoding, name } of allTemplates()) {
  await writeFile(join(TEMPLATE_DIR, name), templateBytes(table, language, encoding));
}
