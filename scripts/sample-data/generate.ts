/**
 * The pure entry point: builds the whole sample in memory. Same code, same
 * bytes: no clock, no Math.random, no file system.
 */
import { generateCalls } from './calls';
import { encodeText } from './csv';
import { generateCustomers } from './customers';
import { monthlyFinance } from './finance';
import { type SampleModel, renderTables } from './tables';

export type { SampleModel } from './tables';

export function generateModel(): SampleModel {
  const customers = generateCustomers();
  const { calls, basicShift } = generateCalls(customers);
  const monthly = monthlyFinance(customers, calls);
  return { customers, calls, monthly, basicShift };
}

/** Every generated file: path relative to sample-data/ → its bytes (en UTF-8, zh GBK). */
export function generateSampleData(model: SampleModel = generateModel()): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, text] of renderTables(model, 'en')) files.set(path, encodeText(text, 'utf8'));
  for (const [path, text] of renderTables(model, 'zh')) files.set(path, encodeText(text, 'gbk'));
  return files;
}
