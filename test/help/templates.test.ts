import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { TEMPLATES } from '../../src/features/help/templates';
import { detectMapping } from '../../src/model';
import { allTemplates, templateBytes } from '../../scripts/templates/template-bytes';
import { openTestEngine } from '../engine/open-engine';
import { load } from '../ingest/helpers';
import { ident, sql } from '../../src/sql';
import { describeTable } from '../model/load';

const DIR = join(import.meta.dirname, '../../src/features/help/template-files');
const TEMPLATE_FILES = allTemplates();

let engine: Engine;
beforeAll(async () => {
  engine = await openTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('template files', () => {
  it.each(TEMPLATE_FILES)(
    '$name is what the generator makes from the templates',
    ({ table, language, encoding, name }) => {
      const shipped = new Uint8Array(readFileSync(join(DIR, name)));
      expect(Buffer.from(shipped).equals(Buffer.from(templateBytes(table, language, encoding))), name).toBe(true);
    },
  );

  it('UTF-8 files start with a BOM, and each GBK file holds the same text', () => {
    for (const { table, language, encoding, name } of TEMPLATE_FILES) {
      const bytes = readFileSync(join(DIR, name));
      if (encoding === 'utf8') {
        expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      } else {
        const utf8 = readFileSync(join(DIR, name.replace('.gbk.csv', '.csv')))
          .subarray(3)
          .toString('utf8');
        expect(iconv.decode(bytes, 'gbk'), name).toBe(utf8);
        // The Chinese GBK file really is GBK: its header starts 通话 = CD A8 BB B0 in GBK (E9 80 9A … in UTF-8).
        if (language === 'zh-CN' && table === 'calls')
          expect([...bytes.subarray(0, 4)]).toEqual([0xcd, 0xa8, 0xbb, 0xb0]);
      }
    }
  });
});

describe('each template loads through the app’s ingest and detection, with every column mapped to its role', () => {
  it.each(TEMPLATE_FILES)('$name', async ({ table, language, name }) => {
    const [result] = await load(engine, [{ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }]);
    if (!result?.ok) throw new Error(`${name} did not load: ${result?.error.message}`);
    const loaded = result.tables[0]!;
    const source = await describeTable(engine, loaded.table);
    // Three example rows under one header line.
    expect(source.rows).toBe(3);
    const template = TEMPLATES[table];
    expect(source.columns.map((c) => c.name)).toEqual(template.columns.map((c) => c.header[language]));

    const { mapping } = await detectMapping(engine, [source]);
    const mapped = mapping[template.kind];
    expect(mapped?.table).toBe(loaded.table);
    const expected = Object.fromEntries(template.columns.map((c) => [c.role, c.header[language]]));
    expect(mapped?.columns).toEqual(expected);
    if (template.kind === 'calls') {
      // Rows 1 and 3 are answered: ANSWERED / 接通 is the one value that means answered.
      expect(mapping.calls?.answeredValues).toEqual([language === 'en' ? 'ANSWERED' : '接通']);
      expect(mapping.calls?.durationUnit).toBe('seconds');
    }
    await engine.query(sql`drop table ${ident(loaded.table)}`);
  });
});
