import { existsSync, statSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';

/** Bytes the server sent for one path, summed over every request for it. */
export interface PathTransfer {
  readonly path: string;
  bytes: number;
  requests: number;
}

/**
 * A TCP proxy in front of the preview server that counts the bytes each response puts on the wire, per
 * request path. Browsers send HTTP/1.1 requests one at a time per connection, so the bytes a connection
 * receives belong to the last request line it sent.
 */
export async function startCountingProxy(upstreamPort: number): Promise<{
  url: string;
  transfers: () => PathTransfer[];
  reset: () => void;
  close: () => Promise<void>;
}> {
  let byPath = new Map<string, PathTransfer>();
  const server: Server = createServer((client) => {
    let current: PathTransfer | null = null;
    const upstream = createConnection({ host: '127.0.0.1', port: upstreamPort });
    client.on('data', (chunk) => {
      const line = /^[A-Z]+ (\S+) HTTP\/1\.1\r\n/.exec(chunk.toString('latin1'));
      if (line) {
        const path = decodeURIComponent(new URL(line[1]!, 'http://x').pathname);
        current = byPath.get(path) ?? { path, bytes: 0, requests: 0 };
        current.requests++;
        byPath.set(path, current);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (current) current.bytes += chunk.length;
      client.write(chunk);
    });
    upstream.on('end', () => client.end());
    client.on('end', () => upstream.end());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    transfers: () => [...byPath.values()],
    reset: () => {
      byPath = new Map();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the same files would weigh from a host serving the build's `.br` twins (raw size where there is none). */
export function brotliBytes(path: string, distDir = 'dist'): number {
  const file = join(distDir, path);
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}
