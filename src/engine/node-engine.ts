import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table, tableToIPC } from 'apache-arrow';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { BoundSql } from '../sql';
import { arrowToResult } from './arrow-rows';
import {
  DEFAULT_MAX_ROWS,
  MEMORY_QUERY,
  parseMemory,
  STARTUP_STATEMENTS,
  type Engine,
  type EngineMemory,
  type FileSource,
  type QueryResult,
} from './engine';

// The Node build returns tables of the CommonJS apache-arrow copy; only that copy can encode them.
const nodeArrow = createRequire(import.meta.url)('apache-arrow') as {
  tableToIPC: typeof tableToIPC;
};

type NodeBindings = Awaited<ReturnType<typeof duckdb.createDuckDB>>;
type NodeConnection = ReturnType<NodeBindings['connect']>;

/** Engine over duckdb-wasm's Node build: the same wasm engine, synchronous, for tests and scripts. */
export class NodeEngine implements Engine {
  private constructor(
    private readonly db: NodeBindings,
    private readonly conn: NodeConnection,
  ) {}

  static async open(): Promise<NodeEngine> {
    const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
    const bundles = {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    };
    const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
    await db.instantiate();
    db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const conn = db.connect();
    for (const statement of STARTUP_STATEMENTS) conn.query(statement);
    return new NodeEngine(db, conn);
  }

  async version(): Promise<string> {
    return this.db.getVersion();
  }

  async query(statement: BoundSql | string, options?: { maxRows?: number }): Promise<QueryResult> {
    return arrowToResult(await this.queryArrow(statement), options?.maxRows ?? DEFAULT_MAX_ROWS);
  }

  async queryArrow(statement: BoundSql | string): Promise<Table> {
    if (typeof statement === 'string' || statement.params.length === 0) {
      return this.conn.query(typeof statement === 'string' ? statement : statement.text) as Table;
    }
    const prepared = this.conn.prepare(statement.text);
    try {
      return prepared.query(...statement.params) as Table;
    } finally {
      prepared.close();
    }
  }

  async registerFile(name: string, source: FileSource): Promise<void> {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
    this.db.registerFileBuffer(name, bytes);
  }

  async dropFile(name: string): Promise<void> {
    this.db.dropFile(name);
  }

  async insertArrow(table: Table, target: { name: string; create: boolean }): Promise<void> {
    this.conn.insertArrowTable(table, { name: target.name, create: target.create });
  }

  async exportArrowIPC(statement: BoundSql | string): Promise<Uint8Array> {
    return nodeArrow.tableToIPC(await this.queryArrow(statement), 'stream');
  }

  async insertArrowIPC(bytes: Uint8Array, target: { name: string; create: boolean }): Promise<void> {
    this.conn.insertArrowFromIPCStream(bytes, { name: target.name, create: target.create });
  }

  async insertJSON(path: string, target: { name: string }): Promise<void> {
    this.conn.insertJSONFromPath(path, { name: target.name });
  }

  async memory(): Promise<EngineMemory> {
    const row = (await this.query(MEMORY_QUERY)).rows[0];
    return { usedBytes: Number(row?.used ?? 0), limitBytes: parseMemory(String(row?.lim ?? '')) };
  }

  /** Node statements run synchronously and report no progress. */
  onProgress(): () => void {
    return () => undefined;
  }

  /** Node has no origin-private file system. */
  async registerOpfsFile(url: string): Promise<void> {
    throw new Error(`OPFS is not available in Node (${url})`);
  }

  /** Node queries run synchronously, so there is never one to cancel. */
  async cancel(): Promise<boolean> {
    return false;
  }

  async close(): Promise<void> {
    this.conn.close();
    this.db.reset();
  }
}
