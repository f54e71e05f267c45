import { DuckDBInstance } from '@duckdb/node-api';

/** Native DuckDB, one thread, as the peer the browser engine is compared with. */
export async function nativeQueryMs(statements: readonly string[]): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const started = performance.now();
  for (const statement of statements) await connection.run(statement);
  const elapsed = performance.now() - started;
  connection.closeSync();
  instance.closeSync();
  return elapsed;
}
