/** Example queries over the canonical views; their titles are `explore.example.<id>` in each language. */
export const EXAMPLES: readonly { readonly id: string; readonly sql: string }[] = [
  {
    id: 'byChannel',
    sql: `select channel, count(*) as calls, avg(wait_s) as avg_wait_s
from canonical.calls
group by channel
order by calls desc`,
  },
  {
    id: 'daily',
    sql: `select cast(started_at as date) as day, count(*) as calls
from canonical.calls
group by day
order by day`,
  },
  {
    id: 'reasons',
    sql: `select reason, count(*) as calls, avg(handle_s) as avg_handle_s
from canonical.calls
group by reason
order by calls desc
limit 20`,
  },
  {
    id: 'waits',
    sql: `select wait_s
from canonical.calls
where wait_s is not null`,
  },
  {
    id: 'channelHour',
    sql: `select channel, lpad(cast(hour(started_at) as varchar), 2, '0') as hour, count(*) as calls
from canonical.calls
group by all`,
  },
  {
    id: 'customers',
    sql: `select customer_id, count(*) as calls, sum(handle_s) / 60 as handle_min
from canonical.calls
where customer_id is not null
group by customer_id
order by calls desc`,
  },
];
