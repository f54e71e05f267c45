import { describe, expect, it } from 'vitest';
import { QueryCancelledError } from '../../src/engine/engine';
import { StatementQueue } from '../../src/engine/statement-queue';

/** A piece of work that records when it starts and finishes only when the test says so. */
function held(name: string, order: string[]) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      order.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the engine statement queue', () => {
  it('starts a page query asked for after a long background query before the next queued background one', async () => {
    const order: string[] = [];
    const queue = new StatementQueue();
    const overview = held('overview tile', order);
    const chart = held('chart panel', order);
    const page = held('grid page', order);
    const running = queue.run(overview.work);
    const queued = queue.run(chart.work);
    await settle();
    // The tile's query is running; the page arrives while the chart's waits behind it.
    const paged = queue.run(page.work, undefined, 'interactive');
    await settle();
    expect(order).toEqual(['overview tile']);
    overview.finish();
    await settle();
    // A running query is never interrupted; the page goes next, ahead of the chart queued before it.
    expect(order).toEqual(['overview tile', 'grid page']);
    page.finish();
    await settle();
    expect(order).toEqual(['overview tile', 'grid page', 'chart panel']);
    chart.finish();
    expect(await Promise.all([running, queued, paged])).toEqual(['overview tile', 'chart panel', 'grid page']);
  });

  it('keeps interactive statements in the order they were asked for, and background ones likewise', async () => {
    const order: string[] = [];
    const queue = new StatementQueue();
    const first = held('first', order);
    first.finish();
    const names = ['bg1', 'page', 'bg2', 'count'];
    const runs = [queue.run(first.work)];
    for (const name of names) {
      const job = held(name, order);
      job.finish();
      runs.push(queue.run(job.work, undefined, name.startsWith('bg') ? 'background' : 'interactive'));
    }
    await Promise.all(runs);
    // 'first' was already running; the two interactive ones (page, count) pass both waiting background ones.
    expect(order).toEqual(['first', 'page', 'count', 'bg1', 'bg2']);
  });

  it('never starts a statement cancelled while it waits, and tells its caller at once', async () => {
    const order: string[] = [];
    const queue = new StatementQueue();
    const long = held('long', order);
    const running = queue.run(long.work);
    const controller = new AbortController();
    const skipped = held('skipped', order);
    const cancelled = queue.run(skipped.work, controller.signal, 'interactive');
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(QueryCancelledError);
    long.finish();
    await running;
    await queue.idle();
    expect(order).toEqual(['long']);
  });

  it('frees the lane after a statement that fails', async () => {
    const queue = new StatementQueue();
    const failed = queue.run(() => Promise.reject(new Error('Binder Error: no such column')));
    await expect(failed).rejects.toThrow('no such column');
    expect(await queue.run(async () => 42)).toBe(42);
  });
});
