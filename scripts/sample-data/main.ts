/**
 * Writes the sample data into sample-data/ at the repository root:
 *   npx tsx scripts/sample-data/main.ts   (npm run sample-data)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateModel, generateSampleData } from './generate';

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data');
const model = generateModel();
let total = 0;
for (const [path, bytes] of generateSampleData(model)) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  total += bytes.byteLength;
  console.log(`${path.padEnd(28)} ${String(bytes.byteLength).padStart(9)} bytes`);
}
console.log(`${model.calls.length} calls, ${model.customers.length} customers, ${total} bytes`);
console.log(`basic-question customers (story 4): ${model.basicShift.join(', ')}`);
