import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RecordBatch, RecordBatchReader, Table, tableToIPC } from 'apache-arrow';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { inlineSql, type Fragment } from '../sql';
import { arrowToResult } from './arrow-rows';
import { copyStatement } from './copy';
import { readBatches } from './read-batches';
import {
  DEFAULT_MAX_ROWS,
  guardStatements,
  MEMORY_QUERY,
  parseMemory,
  QueryCancelledError,
  STARTUP_STATEMENTS,
  type Engine,
  type EngineMemory,
  type ExportFormat,
  type FileSource,
  type QueryOptions,
  type QueryResult,
  type Transaction,
} from './engine';
import { exportPath, StatementQueue } from './statement-queue';

// The Node build returns tables of the CommonJS apache-arrow copy; only that copy can encode and decode them.
const nodeArrow = createRequire(import.meta.url)('apache-arrow') as {
  tableToIPC: typeof tableToIPC;
  Table: typeof Table;
  RecordBatchReader: typeof RecordBatchReader;
};

type NodeBindings = Awaited<ReturnType<typeof duckdb.createDuckDB>>;
type NodeConnection = ReturnType<NodeBindings['connect']>;

/** A result read a batch at a time. */
type Batches = Iterable<RecordBatch> & { readonly schema: Table['schema'] };

/** Lets timers and other tasks run: between slices of a pending query, so a test can cancel it. */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Engine over duckdb-wasm's Node build: the same wasm engine, synchronous, for tests and scripts. */
export class NodeEngine implements Engine {
  private readonly lane = new StatementQueue();

  private constructor(
    private readonly db: NodeBindings,
    private readonly conn: NodeConnection,
    private readonly exportDir: string,
  ) {}

  /** `lockConfiguration: false` leaves settings changeable, for a test that lowers the memory limit. */
  static async open(options: { lockConfiguration?: boolean } = {}): Promise<NodeEngine> {
    const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
    const bundles = {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    };
    const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
    await db.instantiate();
    db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const conn = db.connect();
    // Node's engine writes unregistered paths to the disk: exports go to this engine's own temporary folder, the
    // one folder outside the registered files its guard allows.
    const exportDir = mkdtempSync(join(tmpdir(), 'callsight-export-'));
    const guard = guardStatements(['ingest/', `${exportDir}/`], options.lockConfiguration ?? true);
    for (const statement of [...STARTUP_STATEMENTS, ...guard]) conn.query(statement);
    return new NodeEngine(db, conn, exportDir);
  }

  async version(): Promise<string> {
    return this.db.getVersion();
  }

  query(statement: Fragment, options?: QueryOptions): Promise<QueryResult> {
    const signal = options?.signal;
    const maxRows = options?.maxRows ?? DEFAULT_MAX_ROWS;
    return this.lane.run(
      async () => arrowToResult(await this.collect(statement, maxRows, signal), maxRows),
      signal,
      options?.priority,
    );
  }

  async *stream(statement: Fragment, options?: { signal?: AbortSignal }): AsyncIterable<QueryResult> {
    const signal = options?.signal;
    const { opened, release } = this.lane.hold(() => this.open(statement, signal), signal);
    try {
      for (const batch of await opened) {
        if (signal?.aborted) throw new QueryCancelledError();
        yield arrowToResult(new nodeArrow.Table([batch]), batch.numRows);
        await nextTask();
      }
    } finally {
      release();
    }
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.lane.run(async () => {
      let open = true;
      const tx: Transaction = {
        query: async (statement) => {
          if (!open) throw new Error('This transaction has ended');
          return arrowToResult(await this.collect(statement, DEFAULT_MAX_ROWS), DEFAULT_MAX_ROWS);
        },
      };
      this.conn.query('begin transaction');
      try {
        const result = await work(tx);
        this.conn.query('commit');
        return result;
      } catch (error) {
        try {
          this.conn.query('rollback');
        } catch {
          // Already rolled back by the engine after the failure.
        }
        throw error;
      } finally {
        open = false;
      }
    });
  }

  exportFile(statement: Fragment, format: ExportFormat): Promise<Uint8Array> {
    return this.lane.run(async () => {
      const path = join(this.exportDir, exportPath(format).replaceAll('/', '-'));
      try {
        this.conn.query(copyStatement(statement, path, format));
        return new Uint8Array(readFileSync(path));
      } finally {
        rmSync(path, { force: true });
      }
    });
  }

  async registerFile(name: string, source: FileSource): Promise<void> {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
    this.db.registerFileBuffer(name, bytes);
  }

  async dropFile(name: string): Promise<void> {
    this.db.dropFile(name);
  }

  insertArrow(table: Table, target: { name: string; create: boolean }): Promise<void> {
    return this.lane.run(async () => this.conn.insertArrowTable(table, { name: target.name, create: target.create }));
  }

  exportArrowIPC(statement: Fragment): Promise<Uint8Array> {
    return this.lane.run(async () => nodeArrow.tableToIPC(await this.collect(statement, Infinity), 'stream'));
  }

  insertArrowIPC(bytes: Uint8Array, target: { name: string; create: boolean }): Promise<void> {
    return this.lane.run(async () =>
      this.conn.insertArrowFromIPCStream(bytes, { name: target.name, create: target.create }),
    );
  }

  insertJSON(path: string, target: { name: string }): Promise<void> {
    return this.lane.run(async () => this.conn.insertJSONFromPath(path, { name: target.name }));
  }

  async memory(): Promise<EngineMemory> {
    const row = (await this.query(MEMORY_QUERY)).rows[0];
    return { usedBytes: Number(row?.used ?? 0), limitBytes: parseMemory(String(row?.lim ?? '')) };
  }

  /** Node statements report no progress. */
  onProgress(): () => void {
    return () => undefined;
  }

  /** Node has no origin-private file system. */
  async registerOpfsFile(url: string): Promise<void> {
    throw new Error(`OPFS is not available in Node (${url})`);
  }

  async close(): Promise<void> {
    await this.lane.idle();
    this.conn.close();
    this.db.reset();
    rmSync(this.exportDir, { recursive: true, force: true });
  }

  private async collect(statement: Fragment, maxRows: number, signal?: AbortSignal): Promise<Table> {
    const reader = await this.open(statement, signal);
    const batches = await readBatches(reader, maxRows, signal);
    return batches.length > 0 ? new nodeArrow.Table(batches) : new nodeArrow.Table(reader.schema);
  }

  /**
   * Without a signal, a statement runs at once (prepared when it has values). With one, it runs as a pending
   * query polled a slice at a time, with other tasks let in between, so it can be cancelled midway as in the browser.
   */
  private async open(statement: Fragment, signal?: AbortSignal): Promise<Batches> {
    if (!signal) {
      const table =
        statement.params.length === 0 ? (this.conn.query(statement.text) as Table) : this.prepared(statement);
      return { schema: table.schema, [Symbol.iterator]: () => table.batches[Symbol.iterator]() };
    }
    return this.conn.useUnsafe(async (bindings, conn) => {
      const cancel = () => bindings.cancelPendingQuery(conn);
      signal.addEventListener('abort', cancel, { once: true });
      try {
        if (signal.aborted) throw new QueryCancelledError();
        let header = bindings.startPendingQuery(conn, inlineSql(statement), true);
        while (header === null) {
          await nextTask();
          if (signal.aborted) throw new QueryCancelledError();
          header = bindings.pollPendingQuery(conn);
        }
        const first = header;
        // Chunks are fetched as they are read: a reader that stops early leaves the rest in the engine.
        function* chunks() {
          yield first;
          // The end of the result is an empty chunk.
          for (let chunk = bindings.fetchQueryResults(conn); chunk?.length; chunk = bindings.fetchQueryResults(conn)) {
            yield chunk;
          }
        }
        const reader = nodeArrow.RecordBatchReader.from(chunks());
        reader.open();
        return reader as unknown as Batches;
      } catch (error) {
        if (signal.aborted) throw new QueryCancelledError();
        throw error;
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    });
  }

  private prepared(statement: Fragment): Table {
    const prepared = this.conn.prepare(statement.text);
    try {
      return prepared.query(...statement.params) as Table;
    } finally {
      prepared.close();
    }
  }
}
