import { DuckDBInstance } from '@duckdb/node-api';
const i = await DuckDBInstance.create(':memory:', { threads: '1' });
const c = await i.connect();
const q = async (s) => console.log(JSON.stringify((await c.runAndReadAll(s)).getRowObjectsJson()));
await c.run(`create view customers as select * from read_csv('sample-data/en/customers.csv')`);
await c.run(`create view calls as select * from read_csv('sample-data/en/calls.csv')`);
for (const [name, e] of [['net','revenue-service_cost'],['ratio','case when service_cost>0 then (revenue-service_cost)/service_cost end']]) {
  for (const [tn, t] of [['asinh','asinh(x)'],['ln','case when x>0 then ln(x) end']]) {
await q(`with v as (select ${e} as x from customers), t as (select ${t} as y from v where x is not null)
 select '${name} ${tn}' m, count(y) n, skewness(y) g, kurtosis(y) k, (skewness(y)^2+1)/(kurtosis(y)+3*(count(y)-1)^2/((count(y)-2)*(count(y)-3))) bc from t`);
}}
await q(`select count(*) filter (where revenue-service_cost<0) neg, count(*) filter (where service_cost=0) zc, min(revenue) from customers`);
