import { DuckDBInstance } from '@duckdb/node-api';
const i = await DuckDBInstance.create(':memory:', { threads: '1' });
const c = await i.connect();
const q = async (s) => console.log(JSON.stringify((await c.runAndReadAll(s)).getRowObjectsJson()));
await c.run(`create view customers as select * from read_csv('sample-data/en/customers.csv')`);
for (const [name, e] of [['rev','revenue'],['cost','service_cost'],['net','revenue-service_cost']]) {
await q(`with v as (select ${e} as x from customers), t as (select ln(x) as y from v where x>0)
 select '${name}' m, count(y) n, skewness(y) g, kurtosis(y) k, (skewness(y)^2+1)/(kurtosis(y)+3*(count(y)-1)^2/((count(y)-2)*(count(y)-3))) bc from t`);
}
await q(`select floor(ln(revenue-service_cost)*2)/2 b, count(*) from customers where revenue>service_cost group by 1 order by 1`);
await q(`select segment, count(*), median(revenue-service_cost), median(revenue) from customers group by 1`);
