import { DuckDBInstance } from '@duckdb/node-api';
const i = await DuckDBInstance.create(':memory:', { threads: '1' });
const c = await i.connect();
const r = await c.runAndReadAll('select * from range(100) limit ? offset ?', [5, 10]);
console.log(r.getRows());
await c.run(`ATTACH ':memory:' AS compact (COMPRESS)`);
console.log('attach ok');
const r2 = await c.runAndReadAll("select date '2026-01-01' - cast(? as integer) as d, ? > 1 as b, contains('abc', ?) as x", [5, 1.5, 'b']);
console.log(r2.getRowObjectsJson());
