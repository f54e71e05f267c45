import type { Table, Field, DataType } from 'apache-arrow';
import { Type } from 'apache-arrow';
import type { Cell, ColumnInfo, QueryResult } from './engine';

/** Turns an Arrow table into plain rows; the one place BIGINT and DECIMAL become numbers. */
export function arrowToResult(table: Table, maxRows: number): QueryResult {
  const fields = table.schema.fields;
  const columns: ColumnInfo[] = fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const count = Math.min(table.numRows, maxRows);
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: Record<string, Cell>[] = new Array<Record<string, Cell>>(count);
  for (let r = 0; r < count; r++) {
    const row: Record<string, Cell> = {};
    fields.forEach((field, c) => {
      row[field.name] = toCell(vectors[c]?.get(r), field);
    });
    rows[r] = row;
  }
  return { columns, rows };
}

function toCell(value: unknown, field: Field): Cell {
  return convert(value, field.type as DataType);
}

function convert(value: unknown, type: DataType): Cell {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case Type.Int:
    case Type.Float:
      return typeof value === 'bigint' ? Number(value) : (value as number);
    case Type.Decimal:
      return decimalToNumber(value, (type as unknown as { scale: number }).scale);
    case Type.Timestamp:
    case Type.Date:
      return new Date(typeof value === 'bigint' ? Number(value) : (value as number));
    case Type.Bool:
      return Boolean(value);
    case Type.List:
    case Type.FixedSizeList: {
      const child = (type as unknown as { children: Field[] }).children[0];
      const items = Array.from(value as Iterable<unknown>);
      return child ? items.map((v) => convert(v, child.type as DataType)) : [];
    }
    case Type.Struct: {
      const out: Record<string, Cell> = {};
      for (const child of (type as unknown as { children: Field[] }).children) {
        out[child.name] = convert((value as Record<string, unknown>)[child.name], child.type as DataType);
      }
      return out;
    }
    default:
      if (typeof value === 'bigint') return Number(value);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      return String(value);
  }
}

/** Arrow hands DECIMAL as 32-bit words (little-endian, two's complement) scaled by 10^scale. */
function decimalToNumber(value: unknown, scale: number): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value) / 10 ** scale;
  const words = value as Uint32Array;
  let big = 0n;
  for (let i = words.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(words[i] ?? 0);
  const bits = BigInt(words.length * 32);
  if (words.length > 0 && ((words[words.length - 1] ?? 0) & 0x80000000) !== 0) big -= 1n << bits;
  return Number(big) / 10 ** scale;
}
