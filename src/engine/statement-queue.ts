import { QueryCancelledError } from './engine';

/**
 * The engine's one lane: statements run one at a time, in the order they were asked for. A statement whose signal
 * fires while it waits never starts, and its caller hears at once instead of after the statements before it.
 */
export class StatementQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const start = () => {
      if (signal?.aborted) throw new QueryCancelledError();
      return work();
    };
    const result = this.tail.then(start, start);
    // The lane frees only when the work itself has settled, even if its caller stopped waiting.
    this.tail = result.catch(() => undefined);
    if (!signal) return result;
    return new Promise<T>((resolve, reject) => {
      const stop = () => reject(new QueryCancelledError());
      signal.addEventListener('abort', stop, { once: true });
      result.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
    });
  }

  /** Resolves when everything queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/** A name in the engine's file system for one export; unique within the page. */
let exports = 0;
export function exportPath(format: string): string {
  exports += 1;
  return `export/${Date.now().toString(36)}-${exports}.${format}`;
}
