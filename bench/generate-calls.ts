import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { mulberry32 } from '../scripts/sample-data/prng.ts';

export const BENCH_DATA = join(import.meta.dirname, '.data');

const LINES = ['Broadband', 'Mobile', 'TV', 'Billing', 'Enterprise'];
const CHANNELS = ['phone', 'chat', 'email', 'app'];
const HEADER =
  'call_id,customer_id,start_time,business_line,channel,queue_seconds,handle_seconds,outcome,reason_code,resolved,csat,agent,notes\n';

/** Writes (once) a calls CSV of `rows` rows in the sample data's English shape; returns its path. */
export async function generateCallsCsv(rows: number): Promise<string> {
  mkdirSync(BENCH_DATA, { recursive: true });
  const path = join(BENCH_DATA, `calls-${rows}.csv`);
  if (existsSync(path) && statSync(path).size > rows * 50) return path;
  const random = mulberry32(rows);
  const out = createWriteStream(path);
  out.write(HEADER);
  const start = Date.UTC(2026, 0, 1);
  const spanMs = 181 * 86_400_000;
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const t = new Date(start + Math.floor((i / rows) * spanMs) + Math.floor(random() * 60_000));
    const answered = random() < 0.88;
    const wait = Math.floor(random() * (answered ? 90 : 180));
    const handle = answered ? 60 + Math.floor(random() * 600) : 0;
    const stamp = t.toISOString().slice(0, 19).replace('T', ' ');
    chunk +=
      `K${String(i).padStart(8, '0')},C${String(Math.floor(random() * 20_000)).padStart(5, '0')},${stamp},` +
      `${LINES[Math.floor(random() * LINES.length)]},${CHANNELS[Math.floor(random() * CHANNELS.length)]},` +
      `${wait},${handle},${answered ? 'ANSWERED' : 'ABANDONED'},R${String(1 + Math.floor(random() * 26)).padStart(2, '0')},` +
      `${answered ? (random() < 0.8 ? 'Y' : 'N') : ''},${answered && random() < 0.4 ? 1 + Math.floor(random() * 5) : ''},` +
      `A${String(Math.floor(random() * 120)).padStart(3, '0')},${random() < 0.1 ? '"customer asked, twice"' : ''}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return path;
}
