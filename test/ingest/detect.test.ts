import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/ingest/encoding';
import { IngestError } from '../../src/ingest/errors';
import { detectFormat } from '../../src/ingest/format';
import { tableNameFor } from '../../src/ingest/table-names';

const text = '客户号,来电时间,诉求,是否解决\nC1,2026-03-01,查询话费,是\n';

describe('encoding detection', () => {
  it('tells the common encodings apart', () => {
    expect(detectEncoding(new TextEncoder().encode(text))).toBe('utf-8');
    expect(detectEncoding(iconv.encode(text, 'gbk'))).toBe('gb18030');
    expect(detectEncoding(iconv.encode('客戶號,來電時間,訴求,是否解決\n', 'big5'))).toBe('big5');
    expect(detectEncoding(iconv.encode(text, 'utf-16le'))).toBe('utf-16le');
    expect(detectEncoding(iconv.encode(text, 'utf-16be'))).toBe('utf-16be');
    expect(detectEncoding(new TextEncoder().encode('plain,ascii\n1,2\n'))).toBe('utf-8');
  });

  it('is not fooled by a UTF-8 character cut at the end of the sample', () => {
    const bytes = new TextEncoder().encode(text);
    expect(detectEncoding(bytes.subarray(0, bytes.length - 3))).toBe('utf-8');
  });
});

describe('format detection', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('by extension and content', () => {
    expect(detectFormat('a.CSV', bytes('a,b'))).toBe('csv');
    expect(detectFormat('a.json', bytes(' [{"a":1}]'))).toBe('json');
    expect(detectFormat('a.json', bytes('{"a":1}\n{"a":2}'))).toBe('ndjson');
    expect(detectFormat('a.parquet', bytes('PAR1xxxx'))).toBe('parquet');
    expect(detectFormat('a.feather', bytes('ARROW1'))).toBe('arrow');
  });

  it('refuses unknown extensions and binary text files', () => {
    expect(() => detectFormat('a.docx', bytes('x'))).toThrow(IngestError);
    expect(() => detectFormat('noext', bytes('x'))).toThrow(IngestError);
    expect(() => detectFormat('a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow(/binary/);
  });
});

describe('table names', () => {
  it('derives readable, unique names', () => {
    expect(tableNameFor('calls 2026-03.csv', [])).toBe('calls_2026_03');
    expect(tableNameFor('来电记录.xlsx', [], '一月')).toBe('来电记录_一月');
    expect(tableNameFor('2026.csv', [])).toBe('t_2026');
    expect(tableNameFor('".csv', [])).toBe('table');
    expect(tableNameFor('Calls.csv', ['calls', 'CALLS_2'])).toBe('Calls_3');
    expect(tableNameFor(`${'长'.repeat(500)}.csv`, [])).toHaveLength(48);
  });
});
